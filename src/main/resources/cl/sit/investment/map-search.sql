-- Projects by BIP code (exact first, then by prefix) or by name (case and accent insensitive: the name lowered and
-- stripped of Spanish accents contains the text, already lowered and stripped by ProjectMap). Parameters: the code
-- twice, the code prefix pattern twice, the name pattern, the limit. Patterns escape % and _ with a backslash.
SELECT id, codigo_bip, nombre, programa, ST_XMin(geom), ST_YMin(geom), ST_XMax(geom), ST_YMax(geom)
FROM (
    SELECT id, codigo_bip, nombre, programa, geom,
        CASE WHEN codigo_bip = ? THEN 0 WHEN codigo_bip LIKE ? ESCAPE '\' THEN 1 ELSE 2 END AS rank
    FROM investment_project
    WHERE codigo_bip = ? OR codigo_bip LIKE ? ESCAPE '\'
        OR TRANSLATE(LOWER(nombre), 'áéíóúüñ', 'aeiouun') LIKE ? ESCAPE '\'
) AS found
ORDER BY rank, nombre, id
LIMIT ?
