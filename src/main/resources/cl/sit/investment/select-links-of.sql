-- The commune shares of the projects of the array bound, joined by key (see select-catalog-of.sql).
SELECT t.project_id, t.cut
FROM UNNEST(CAST(? AS INTEGER ARRAY)) AS r(id)
JOIN investment_territory t ON t.project_id = r.id
