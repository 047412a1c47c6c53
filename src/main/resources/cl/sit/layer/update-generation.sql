UPDATE layer_generation SET generation = generation + 1, changed_at = ? WHERE layer_id = ?
