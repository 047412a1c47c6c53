INSERT INTO dataset (name, source, records, loaded_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP)
