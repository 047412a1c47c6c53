INSERT INTO custom_territory (codigo, nombre, descripcion, tipo, area_km2, creado_por, creado_en, geom)
VALUES (?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, ST_GeomFromWKB(?, 4326))
