UPDATE review_comment SET resolved_by = ?, resolved_at = ? WHERE id = ?
