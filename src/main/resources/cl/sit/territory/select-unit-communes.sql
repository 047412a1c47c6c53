-- Today's communes of an administrative unit (their CUT starts with its CUT) or of a custom territory (its members;
-- a drawn zone's are the communes it touches). Former units: UnitsInForce.
SELECT cut FROM territory WHERE nivel = 'comuna' AND cut LIKE ?
UNION
SELECT cut FROM custom_territory_commune WHERE codigo = ?
ORDER BY 1
