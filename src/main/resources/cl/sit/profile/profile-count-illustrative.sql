SELECT COUNT(*) FROM investment_project WHERE ilustrativo = TRUE
