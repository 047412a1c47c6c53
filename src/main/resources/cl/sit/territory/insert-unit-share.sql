-- A project's membership in a unit, with its amounts over all its years times its share (for ranking).
INSERT INTO investment_unit_share (unidad, project_id, nivel, share, programado_clp, ejecutado_clp)
VALUES (?, ?, ?, ?, ?, ?)
