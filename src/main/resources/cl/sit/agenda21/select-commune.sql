SELECT cut, nombre FROM territory WHERE cut = ? AND nivel = 'comuna'
