SELECT DISTINCT cut FROM layer_grant WHERE username = ? AND (layer_id = ? OR layer_id = '*')
