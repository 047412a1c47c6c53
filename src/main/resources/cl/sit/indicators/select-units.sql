SELECT cut, nombre, area_km2 FROM territory WHERE nivel = ? ORDER BY cut
