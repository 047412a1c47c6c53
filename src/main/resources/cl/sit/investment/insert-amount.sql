INSERT INTO investment_amount (project_id, anio, programado_clp, ejecutado_clp) VALUES (?, ?, ?, ?)
