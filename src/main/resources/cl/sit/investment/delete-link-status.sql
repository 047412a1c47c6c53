DELETE FROM investment_link WHERE project_id = ?
