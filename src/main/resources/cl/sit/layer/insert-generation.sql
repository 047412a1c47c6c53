INSERT INTO layer_generation (layer_id, generation, changed_at) VALUES (?, 1, ?)
