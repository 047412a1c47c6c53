-- The projects the stored alerts are computed for (investment.StoredAlerts): those of the array bound, joined by
-- key. With "id = ANY(?)" H2 scanned every project and tested the array on each (a thread dump at 400,000 projects:
-- most of a 93 s import batch).
SELECT p.id, p.codigo_bip, p.nombre, p.programa, p.sector, p.anio_inicio, p.anio_fin, ST_AsBinary(p.geom)
FROM UNNEST(CAST(? AS INTEGER ARRAY)) AS r(id)
JOIN investment_project p ON p.id = r.id
