SELECT codigo, nombre, area_km2 FROM custom_territory ORDER BY codigo
