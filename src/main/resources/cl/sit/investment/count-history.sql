SELECT COUNT(*) FROM investment_history WHERE project_id = ?
