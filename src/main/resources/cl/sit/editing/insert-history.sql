INSERT INTO feature_history (layer_id, feature_id, version, operation, cut, before_json, after_json, username,
                             changed_at, reason)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
