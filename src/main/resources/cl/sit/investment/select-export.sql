-- parte_sin_comuna: the share of the project outside every commune (given to none).
-- Each filter is given twice: NULL means "any". Years: projects whose span overlaps [from, to].
SELECT p.id, p.codigo_bip, p.nombre, p.programa, p.fuente_financiamiento, p.sector, p.etapa, p.estado, p.institucion,
       p.eje_estrategico, p.costo_total_clp, p.anio_inicio, p.anio_fin, p.comuna_declarada, p.ilustrativo,
       p.fuente_datos, l.parte_sin_comuna, ST_AsBinary(p.geom) AS wkb
FROM investment_project p
LEFT JOIN investment_link l ON l.project_id = p.id
WHERE (CAST(? AS varchar(40)) IS NULL OR p.programa = ?)
  AND (CAST(? AS varchar(80)) IS NULL OR p.sector = ?)
  AND (CAST(? AS varchar(40)) IS NULL OR p.etapa = ?)
  AND (CAST(? AS varchar(40)) IS NULL
       OR EXISTS (SELECT 1 FROM investment_unit_share u WHERE u.project_id = p.id AND u.unidad = ?))
  AND p.anio_fin >= ? AND p.anio_inicio <= ?
ORDER BY p.id
