-- Projects whose BIP code starts with the text (the code itself first: it sorts before every longer code it
-- begins), in code order, so the unique index on codigo_bip is walked and the statement stops at the limit.
-- Parameters: the code prefix pattern (% and _ escaped with a backslash), the limit.
SELECT id, codigo_bip, nombre, programa, ST_XMin(geom), ST_YMin(geom), ST_XMax(geom), ST_YMax(geom)
FROM investment_project
WHERE codigo_bip LIKE ? ESCAPE '\'
ORDER BY codigo_bip
LIMIT ?
