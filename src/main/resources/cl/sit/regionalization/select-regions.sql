SELECT DISTINCT SUBSTRING(cut, 1, 2) FROM territory WHERE nivel = 'comuna' ORDER BY 1
