SELECT cut, area_km2 FROM territory WHERE nivel = 'comuna'
