SELECT COUNT(*) FROM layer WHERE id = ? OR table_name = ?
