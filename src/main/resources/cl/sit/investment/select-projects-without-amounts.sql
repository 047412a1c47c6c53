SELECT p.id, p.costo_total_clp, p.anio_inicio, p.anio_fin, p.etapa, p.estado
FROM investment_project p
WHERE NOT EXISTS (SELECT 1 FROM investment_amount a WHERE a.project_id = p.id)
ORDER BY p.id
