-- Each project's amounts summed over all its years (ids as an array joined by key: H2 rescans an '= ANY' array
-- for every row).
SELECT a.project_id, SUM(a.programado_clp), SUM(a.ejecutado_clp)
FROM UNNEST(CAST(? AS INTEGER ARRAY)) AS p(id)
JOIN investment_amount a ON a.project_id = p.id
GROUP BY a.project_id
