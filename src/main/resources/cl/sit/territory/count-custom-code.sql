SELECT COUNT(*) FROM custom_territory WHERE codigo = ?
