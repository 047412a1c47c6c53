SELECT MIN(id), MAX(id) FROM investment_project
