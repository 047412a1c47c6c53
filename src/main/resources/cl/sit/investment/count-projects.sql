SELECT COUNT(*) FROM investment_project
