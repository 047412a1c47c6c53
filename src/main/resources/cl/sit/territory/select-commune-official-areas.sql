-- Today's communes with their official surface (null when unknown).
SELECT cut, superficie_oficial_km2 FROM territory WHERE nivel = 'comuna'
