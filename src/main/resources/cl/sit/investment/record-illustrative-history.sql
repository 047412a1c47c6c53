-- Before the illustrative projects are removed: one "eliminado" entry each (in the removal's transaction).
INSERT INTO investment_history (project_id, codigo_bip, accion, usuario, fecha, origen, archivo, cambios)
SELECT id, codigo_bip, 'eliminado', ?, ?, 'retiro_ilustrativos', NULL,
       '{"campos":[],"montos":[],"geometriaCambiada":false,"motivo":"proyecto ilustrativo retirado"}'
FROM investment_project
WHERE ilustrativo
