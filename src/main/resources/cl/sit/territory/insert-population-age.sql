INSERT INTO population_age (cut, edad_desde, edad_hasta, sexo, poblacion, fuente) VALUES (?, ?, ?, ?, ?, ?)
