DELETE FROM dataset WHERE name = ?
