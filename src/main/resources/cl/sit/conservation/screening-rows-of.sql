-- The stored rows of the projects of a page (array) within buffer ?: inside ones, then near ones, nearest first.
SELECT project_id, tipo, area_codigo, area_nombre, dentro, distancia_m, area_solapada_ha, longitud_m
FROM investment_screening
WHERE project_id = ANY(?) AND distancia_m <= ?
ORDER BY project_id, severidad, distancia_m, tipo, area_codigo
