UPDATE layer_status SET status = ?, changed_by = ?, changed_at = ?, note = ? WHERE layer_id = ? AND cut = ?
