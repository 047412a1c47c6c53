-- The units that replaced a former unit (by its identifier), from the crosswalk.
SELECT codigo_nuevo, nombre, nivel FROM territory_crosswalk WHERE id_anterior = ? ORDER BY codigo_nuevo
