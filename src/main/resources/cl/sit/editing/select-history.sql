SELECT layer_id, feature_id, version, operation, cut, before_json, after_json, username, changed_at, reason
FROM feature_history
WHERE layer_id = ? AND feature_id = ?
ORDER BY version
