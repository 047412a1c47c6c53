SELECT version FROM investment_project WHERE id = ?
