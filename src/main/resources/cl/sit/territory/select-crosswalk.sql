SELECT codigo_anterior, id_anterior, codigo_nuevo, nombre, nivel, tipo, fecha_cambio, fuente
FROM territory_crosswalk
ORDER BY fecha_cambio, nivel, codigo_anterior, codigo_nuevo
