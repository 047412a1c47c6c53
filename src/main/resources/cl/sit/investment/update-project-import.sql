-- An update-mode import replaces a project found by its BIP code: it now comes from that import, and is real.
UPDATE investment_project
SET nombre = ?, programa = ?, fuente_financiamiento = ?, sector = ?, etapa = ?, estado = ?, institucion = ?,
    eje_estrategico = ?, costo_total_clp = ?, anio_inicio = ?, anio_fin = ?, comuna_declarada = ?,
    fuente_datos = ?, ilustrativo = false, geom = ST_GeomFromWKB(?, 4326), version = version + 1
WHERE id = ? AND version = ?
