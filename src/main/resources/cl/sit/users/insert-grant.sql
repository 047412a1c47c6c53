INSERT INTO layer_grant (username, cut, layer_id, granted_by, granted_at) VALUES (?, ?, ?, ?, ?)
