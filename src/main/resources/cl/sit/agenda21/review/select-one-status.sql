SELECT status FROM layer_status WHERE layer_id = ? AND cut = ?
