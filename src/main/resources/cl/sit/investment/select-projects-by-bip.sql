-- The projects an update-mode import may replace, keyed by BIP code, with what it compares.
SELECT id, version, codigo_bip, nombre, programa, fuente_financiamiento, sector, etapa, estado, institucion,
       eje_estrategico, costo_total_clp, anio_inicio, anio_fin, comuna_declarada, ST_AsBinary(geom) AS wkb
FROM investment_project
WHERE codigo_bip IS NOT NULL
