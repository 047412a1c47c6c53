-- An administrative unit by CUT, for its profile.
SELECT cut, nombre, nivel, cut_padre, area_km2, fuente FROM territory WHERE cut = ?
