SELECT 'area_protegida', codigo, nombre, ST_AsBinary(geom) FROM protected_area
UNION ALL
SELECT 'sitio_prioritario', codigo, nombre, ST_AsBinary(geom) FROM priority_site
