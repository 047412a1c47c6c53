INSERT INTO investment_unit_share (unidad, project_id, nivel, share) VALUES (?, ?, ?, ?)
