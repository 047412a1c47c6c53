DELETE FROM investment_link WHERE project_id IN (SELECT id FROM investment_project WHERE ilustrativo)
