INSERT INTO investment_overlap (proyecto_a, proyecto_b, motivo, motivos, territorio, distancia_m, anio_desde,
                                anio_hasta)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
