SELECT id, layer_id, feature_id, cut, author, created_at, body, resolved_by, resolved_at FROM review_comment
WHERE id = ? AND layer_id = ? AND feature_id = ?
