SELECT codigo, nombre, descripcion, tipo, area_km2, creado_por, creado_en FROM custom_territory WHERE codigo = ?
