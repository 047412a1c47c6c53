-- The communes of a region: those whose province has the region as its parent.
SELECT c.cut, c.nombre
FROM territory c
JOIN territory p ON p.cut = c.cut_padre AND p.nivel = 'provincia'
WHERE c.nivel = 'comuna' AND p.cut_padre = ?
ORDER BY c.cut
