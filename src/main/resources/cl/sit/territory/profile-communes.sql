-- The communes of an administrative unit: their CUT starts with the unit's (bound as '141%').
SELECT cut, nombre FROM territory WHERE nivel = 'comuna' AND cut LIKE ? ORDER BY cut
