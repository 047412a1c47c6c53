SELECT COUNT(*) FROM dataset WHERE name = ?
