-- Adds the memberships of projects just inserted to one unit's count (counted in Java by UnitAdditions).
MERGE INTO investment_unit_summary t
USING (VALUES (CAST(? AS VARCHAR(40)), CAST(? AS INTEGER))) AS s(unidad, n)
ON (t.unidad = s.unidad)
WHEN MATCHED THEN UPDATE SET memberships = t.memberships + s.n
WHEN NOT MATCHED THEN INSERT (unidad, memberships) VALUES (s.unidad, s.n)
