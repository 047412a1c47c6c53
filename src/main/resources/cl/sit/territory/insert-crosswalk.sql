INSERT INTO territory_crosswalk (codigo_anterior, id_anterior, codigo_nuevo, nombre, nivel, tipo, fecha_cambio, fuente)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
