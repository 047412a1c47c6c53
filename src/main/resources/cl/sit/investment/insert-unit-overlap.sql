INSERT INTO investment_unit_overlap (unidad, motivo, pares, suma_ids) VALUES (?, ?, ?, ?)
