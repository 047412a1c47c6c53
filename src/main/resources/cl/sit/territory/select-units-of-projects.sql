-- The units the projects belong to (ids as an array joined by key).
SELECT DISTINCT u.unidad
FROM UNNEST(CAST(? AS INTEGER ARRAY)) AS p(id)
JOIN investment_unit_share u ON u.project_id = p.id
