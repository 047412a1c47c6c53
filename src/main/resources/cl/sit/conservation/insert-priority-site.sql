INSERT INTO priority_site (codigo, nombre, designacion, superficie_ha_mma, area_km2, area_km2_en_region, comunas,
                           url_fuente, geom)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ST_GeomFromWKB(?, 4326))
