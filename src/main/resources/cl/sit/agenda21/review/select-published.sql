SELECT cut FROM layer_status WHERE layer_id = ? AND status = 'publicado'
