SELECT COUNT(*) FROM territory WHERE nivel = 'comuna'
