-- The commune m.cut of a per-commune count is one of the communes bound (array): fills in_commune.
m.cut = ANY(?)
