-- The member communes of every custom territory defined as a set of communes.
SELECT m.codigo, m.cut
FROM custom_territory c
JOIN custom_territory_commune m ON m.codigo = c.codigo
WHERE c.tipo = 'comunas'
