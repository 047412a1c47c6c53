INSERT INTO regionalization (id, creado_en, creado_por, unidades, metodo, regiones, solicitud, documento)
VALUES (?, CURRENT_TIMESTAMP, ?, ?, ?, ?, ?, ?)
