-- {table} and {geom} are replaced by quoted identifiers from the layer registry; {where} by the reader's filter
-- (the communes whose features they may see), with bound values.
-- Per-geometry minima and maxima rather than ST_Extent: PostGIS's ST_Extent works on single-precision boxes
-- and rounds outward, so it would differ from H2GIS in the last digits.
SELECT MIN(ST_XMin({geom})), MIN(ST_YMin({geom})), MAX(ST_XMax({geom})), MAX(ST_YMax({geom}))
FROM {table}{where}
