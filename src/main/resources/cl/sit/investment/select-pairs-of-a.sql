-- The stored pairs whose project a is one of the ids bound (an array joined by key): pair ids and strongest reason.
SELECT o.proyecto_a, o.proyecto_b, o.motivo
FROM UNNEST(CAST(? AS INTEGER ARRAY)) AS w(id)
JOIN investment_overlap o ON o.proyecto_a = w.id
