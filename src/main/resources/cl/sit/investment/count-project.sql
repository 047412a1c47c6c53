SELECT COUNT(*) FROM investment_project WHERE id = ?
