INSERT INTO review_comment (layer_id, feature_id, cut, author, created_at, body) VALUES (?, ?, ?, ?, ?, ?)
