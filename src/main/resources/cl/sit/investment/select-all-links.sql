SELECT project_id, cut FROM investment_territory
