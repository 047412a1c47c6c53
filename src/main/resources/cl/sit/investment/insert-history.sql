-- One entry of a project's history, written in the transaction of the write it describes.
INSERT INTO investment_history (project_id, codigo_bip, accion, usuario, fecha, origen, archivo, cambios)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
