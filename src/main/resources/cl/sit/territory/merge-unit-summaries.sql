-- Adds the memberships of projects just inserted (ids as an array joined by key) to their units' counts.
MERGE INTO investment_unit_summary t
USING (SELECT u.unidad AS unidad, COUNT(*) AS n
       FROM UNNEST(CAST(? AS INTEGER ARRAY)) AS r(id)
       JOIN investment_unit_share u ON u.project_id = r.id
       GROUP BY u.unidad) s
ON (t.unidad = s.unidad)
WHEN MATCHED THEN UPDATE SET memberships = t.memberships + s.n
WHEN NOT MATCHED THEN INSERT (unidad, memberships) VALUES (s.unidad, s.n)
