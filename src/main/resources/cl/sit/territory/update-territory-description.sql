UPDATE territory SET superficie_oficial_km2 = ?, fuente_superficie = ?, geometria = ? WHERE cut = ?
