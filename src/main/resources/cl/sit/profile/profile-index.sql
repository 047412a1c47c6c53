-- Every administrative unit, for the list of territory profiles.
SELECT cut, nombre, nivel, cut_padre FROM territory ORDER BY cut
