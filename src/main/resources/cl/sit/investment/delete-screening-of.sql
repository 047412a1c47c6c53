DELETE FROM investment_screening WHERE project_id = ?
