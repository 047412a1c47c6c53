DELETE FROM investment_territory WHERE project_id IN (SELECT id FROM investment_project WHERE ilustrativo)
