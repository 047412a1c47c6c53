-- An administrative unit by CUT, for its profile.
SELECT cut, nombre, nivel, cut_padre, area_km2, fuente, superficie_oficial_km2, fuente_superficie, geometria
FROM territory WHERE cut = ?
