DELETE FROM layer_grant WHERE username = ? AND cut = ? AND layer_id = ?
