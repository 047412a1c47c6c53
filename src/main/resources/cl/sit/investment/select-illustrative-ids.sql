-- The ids of the illustrative projects (their share of the kept pair counts goes before they do).
SELECT id FROM investment_project WHERE ilustrativo
