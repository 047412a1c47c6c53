-- Population of one unit per year: census counts and INE projections, with their source.
SELECT anio, tipo, poblacion, fuente FROM population WHERE cut = ? ORDER BY anio, tipo
