SELECT layer_id, cut, COUNT(*) FROM review_comment WHERE resolved_at IS NULL GROUP BY layer_id, cut
