-- {table} and {geom} are replaced by quoted identifiers from the layer registry.
SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)
FROM (SELECT ST_Extent({geom}) AS e FROM {table}) x
