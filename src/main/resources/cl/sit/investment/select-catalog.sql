SELECT id, codigo_bip, nombre, programa, sector, anio_inicio, anio_fin, ST_AsBinary(geom)
FROM investment_project
ORDER BY id
