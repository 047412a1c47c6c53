SELECT project_id, cut FROM investment_territory WHERE project_id = ANY(?)
