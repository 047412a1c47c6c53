-- Every commune with its name, ordered by name (the editor's commune lists pick from it).
SELECT cut, nombre FROM territory WHERE nivel = 'comuna' ORDER BY nombre, cut
