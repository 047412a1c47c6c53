UPDATE dataset SET records = 0, loaded_at = CURRENT_TIMESTAMP WHERE name = ?
