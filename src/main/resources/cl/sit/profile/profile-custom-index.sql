SELECT codigo, nombre FROM custom_territory ORDER BY nombre, codigo
