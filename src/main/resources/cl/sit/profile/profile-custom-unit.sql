-- A custom territory by code, for its profile.
SELECT codigo, nombre, descripcion, tipo, area_km2 FROM custom_territory WHERE codigo = ?
