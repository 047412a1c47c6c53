INSERT INTO custom_territory_commune (codigo, cut, peso) VALUES (?, ?, ?)
