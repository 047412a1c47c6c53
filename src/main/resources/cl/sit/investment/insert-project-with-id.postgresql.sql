-- As insert-project.sql, with the id reserved from the identity's sequence (reserve-project-ids.postgresql.sql); PostgreSQL only.
INSERT INTO investment_project (id, codigo_bip, nombre, programa, fuente_financiamiento, sector, etapa, estado,
                                institucion, eje_estrategico, costo_total_clp, anio_inicio, anio_fin,
                                comuna_declarada, fuente_datos, ilustrativo, geom)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ST_GeomFromWKB(?, 4326))
