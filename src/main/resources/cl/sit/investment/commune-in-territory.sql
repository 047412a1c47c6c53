-- The commune m.cut of a per-commune count is one of the unit's communes of today (array): fills in_commune.
m.cut = ANY(?)
