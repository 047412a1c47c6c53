DELETE FROM investment_unit_share WHERE project_id = ?
