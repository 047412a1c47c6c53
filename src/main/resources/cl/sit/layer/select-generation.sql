SELECT generation, changed_at FROM layer_generation WHERE layer_id = ?
