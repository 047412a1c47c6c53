SELECT id, layer_id, feature_id, cut, author, created_at, body, resolved_by, resolved_at FROM review_comment
WHERE layer_id = ? AND feature_id = ? ORDER BY created_at, id
