-- A page of a project's history, newest first.
SELECT id, project_id, codigo_bip, accion, usuario, fecha, origen, archivo, cambios
FROM investment_history
WHERE project_id = ?
ORDER BY id DESC
LIMIT ? OFFSET ?
