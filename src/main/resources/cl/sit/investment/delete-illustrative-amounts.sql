DELETE FROM investment_amount WHERE project_id IN (SELECT id FROM investment_project WHERE ilustrativo)
