SELECT codigo FROM custom_territory ORDER BY codigo
