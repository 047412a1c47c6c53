SELECT layer_id, cut, status, changed_by, changed_at, note FROM layer_status ORDER BY layer_id, cut
