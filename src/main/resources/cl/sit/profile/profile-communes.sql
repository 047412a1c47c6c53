-- The communes of an administrative unit: their CUT starts with the unit's.
-- {in_unit} is 'LIKE ?' bound as '141%' (the communes whose CUT starts with the unit's) or, for a former unit,
-- '= ANY(?)' bound as the array of today's communes it is made of (ProfileUnit.inUnit).
SELECT cut, nombre FROM territory WHERE nivel = 'comuna' AND cut {in_unit} ORDER BY cut
