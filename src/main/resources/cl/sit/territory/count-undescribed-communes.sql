-- Communes of the seeded region still carrying BCN's polygons: seeded before the coverage (schema V10).
SELECT COUNT(*) FROM territory WHERE nivel = 'comuna' AND cut LIKE ? AND geometria IS NULL
