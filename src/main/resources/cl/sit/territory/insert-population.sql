INSERT INTO population (cut, anio, tipo, poblacion, fuente) VALUES (?, ?, ?, ?, ?)
