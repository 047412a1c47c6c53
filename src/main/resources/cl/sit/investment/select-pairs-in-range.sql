-- The stored pairs whose project a has an id from ? to ? (a chunk of a full count): pair ids and strongest reason.
SELECT o.proyecto_a, o.proyecto_b, o.motivo
FROM investment_overlap o
WHERE o.proyecto_a BETWEEN ? AND ?
