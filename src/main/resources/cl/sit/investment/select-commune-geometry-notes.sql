-- Which geometry the communes carry (territory.geometria, schema V10), once each.
SELECT DISTINCT geometria FROM territory WHERE nivel = 'comuna' AND geometria IS NOT NULL ORDER BY geometria
