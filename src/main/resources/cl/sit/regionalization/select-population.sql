SELECT cut, anio, tipo, poblacion FROM population WHERE cut LIKE ? ORDER BY cut, anio
