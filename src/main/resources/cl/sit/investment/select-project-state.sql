-- A project's version and values as its history compares them (see ProjectState).
SELECT version, codigo_bip, nombre, programa, fuente_financiamiento, sector, etapa, estado, institucion,
       eje_estrategico, costo_total_clp, anio_inicio, anio_fin, comuna_declarada, ST_AsBinary(geom) AS wkb
FROM investment_project
WHERE id = ?
