-- The units the projects bound (an array joined by key) have a share in.
SELECT u.project_id, u.unidad
FROM UNNEST(CAST(? AS INTEGER ARRAY)) AS w(id)
JOIN investment_unit_share u ON u.project_id = w.id
