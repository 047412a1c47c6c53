-- The commune each project declares, for those that declare one (ids as an array joined by key).
SELECT p.id, p.comuna_declarada
FROM UNNEST(CAST(? AS INTEGER ARRAY)) AS r(id)
JOIN investment_project p ON p.id = r.id
WHERE p.comuna_declarada IS NOT NULL
