DELETE FROM investment_amount WHERE project_id = ?
