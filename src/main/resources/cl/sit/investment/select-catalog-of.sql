-- The projects the stored alerts are computed for (investment.StoredAlerts): those of the array bound, joined by key
-- (H2 checks "id = ANY(?)" against the whole array again for every row it reads).
SELECT p.id, p.codigo_bip, p.nombre, p.programa, p.sector, p.anio_inicio, p.anio_fin, ST_AsBinary(p.geom)
FROM UNNEST(CAST(? AS INTEGER ARRAY)) AS wanted(id)
JOIN investment_project p ON p.id = wanted.id
