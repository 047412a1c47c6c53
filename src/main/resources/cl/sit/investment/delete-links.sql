DELETE FROM investment_territory WHERE project_id = ?
