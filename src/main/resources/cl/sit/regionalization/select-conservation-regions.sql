SELECT DISTINCT SUBSTRING(t.cut, 1, 2) FROM territory t, protected_area a
WHERE t.nivel = 'comuna' AND ST_Intersects(t.geom, a.geom)
UNION
SELECT DISTINCT SUBSTRING(t.cut, 1, 2) FROM territory t, priority_site s
WHERE t.nivel = 'comuna' AND ST_Intersects(t.geom, s.geom)
