SELECT username, cut, layer_id, granted_by, granted_at FROM layer_grant WHERE username = ? ORDER BY cut, layer_id
