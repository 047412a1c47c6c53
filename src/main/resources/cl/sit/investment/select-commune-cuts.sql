SELECT cut FROM territory WHERE nivel = 'comuna'
