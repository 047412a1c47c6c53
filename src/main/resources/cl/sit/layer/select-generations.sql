SELECT layer_id, generation, changed_at FROM layer_generation
