SELECT COUNT(*) FROM review_comment WHERE layer_id = ? AND feature_id = ?
