DELETE FROM investment_unit_share WHERE project_id IN (SELECT id FROM investment_project WHERE ilustrativo)
