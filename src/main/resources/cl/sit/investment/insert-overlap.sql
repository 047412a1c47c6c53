INSERT INTO investment_overlap (proyecto_a, proyecto_b, motivo, motivos, territorio, distancia_m)
VALUES (?, ?, ?, ?, ?, ?)
