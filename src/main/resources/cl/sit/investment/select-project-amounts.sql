-- A project's yearly amounts, by year.
SELECT anio, programado_clp, ejecutado_clp FROM investment_amount WHERE project_id = ? ORDER BY anio
