SELECT COUNT(*) FROM territory WHERE nivel = 'comuna' AND cut LIKE ?
