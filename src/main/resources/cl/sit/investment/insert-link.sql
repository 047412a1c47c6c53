INSERT INTO investment_territory (project_id, cut, share, method) VALUES (?, ?, ?, ?)
