INSERT INTO layer_status (layer_id, cut, status, changed_by, changed_at, note) VALUES (?, ?, ?, ?, ?, ?)
