SELECT cut, nombre, area_km2, superficie_oficial_km2, geometria FROM territory WHERE nivel = ? ORDER BY cut
