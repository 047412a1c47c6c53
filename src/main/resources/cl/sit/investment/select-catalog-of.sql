-- The projects the stored alerts are computed for (investment.StoredAlerts): those of the array bound.
SELECT id, codigo_bip, nombre, programa, sector, anio_inicio, anio_fin, ST_AsBinary(geom)
FROM investment_project
WHERE id = ANY(?)
