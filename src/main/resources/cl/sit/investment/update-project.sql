-- Only the version the editor read may be replaced; the version then goes up by one.
UPDATE investment_project
SET codigo_bip = ?, nombre = ?, programa = ?, fuente_financiamiento = ?, sector = ?, etapa = ?, estado = ?,
    institucion = ?,
    eje_estrategico = ?, costo_total_clp = ?, anio_inicio = ?, anio_fin = ?, comuna_declarada = ?,
    geom = ST_GeomFromWKB(?, 4326), version = version + 1
WHERE id = ? AND version = ?
