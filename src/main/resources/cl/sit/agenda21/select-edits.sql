-- Per (layer, commune) of one package, for communes whose CUT starts with the bound prefix ('14%'): how many
-- edits there were, how many came after the review status last changed (all of them while the pair has no status
-- row, i.e. is a draft), and the latest edit with its author.
SELECT layer_id, cut, edits, edits_since_status, changed_at, username
FROM (
    SELECT h.layer_id, h.cut, h.changed_at, h.username,
           COUNT(*) OVER (PARTITION BY h.layer_id, h.cut) AS edits,
           SUM(CASE WHEN s.changed_at IS NULL OR h.changed_at > s.changed_at THEN 1 ELSE 0 END)
               OVER (PARTITION BY h.layer_id, h.cut) AS edits_since_status,
           ROW_NUMBER() OVER (PARTITION BY h.layer_id, h.cut ORDER BY h.changed_at DESC, h.id DESC) AS recency
    FROM feature_history h
    JOIN layer l ON l.id = h.layer_id
    LEFT JOIN layer_status s ON s.layer_id = h.layer_id AND s.cut = h.cut
    WHERE l.package_name = ? AND h.cut LIKE ?
) latest
WHERE recency = 1
