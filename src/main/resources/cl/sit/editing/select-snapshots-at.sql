-- The state of a layer at a moment: for each feature, its last change up to then, unless that was a deletion.
SELECT h.after_json
FROM feature_history h
WHERE h.layer_id = ? AND h.changed_at <= ? AND h.operation <> 'delete'
  AND h.version = (SELECT MAX(h2.version) FROM feature_history h2
                   WHERE h2.layer_id = h.layer_id AND h2.feature_id = h.feature_id AND h2.changed_at <= ?)
ORDER BY h.feature_id
