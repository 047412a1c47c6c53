SELECT cut, nombre FROM territory WHERE nivel = 'comuna'
