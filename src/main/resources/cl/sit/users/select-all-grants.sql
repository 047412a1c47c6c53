SELECT username, cut, layer_id, granted_by, granted_at FROM layer_grant ORDER BY username, cut, layer_id
