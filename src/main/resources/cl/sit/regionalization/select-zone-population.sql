SELECT geocodigo, poblacion_2017 FROM census_zone WHERE cut = ?
