-- Raw PostGIS baseline for SIT's GET /api/indicators?level=commune (2003-2026, programado, no breakdown): the five
-- statements cl.sit.indicators.IndicatorStore runs (src/main/resources/cl/sit/indicators/*.sql), filled in as SIT
-- fills them. SIT then joins and divides in Java and writes JSON; pgbench only fetches the rows.
SELECT cut, nombre, area_km2 FROM territory WHERE nivel = 'comuna' ORDER BY cut;
SELECT p.cut, p.anio, p.tipo, p.poblacion, p.fuente FROM population p JOIN territory t ON t.cut = p.cut
WHERE t.nivel = 'comuna' AND p.anio <= 2026;
SELECT code, grupo, anio, SUM(clp)
FROM (SELECT u.unidad AS code, 'total' AS grupo, a.anio AS anio, a.programado_clp * u.share AS clp
      FROM investment_unit_share u
      JOIN investment_amount a ON a.project_id = u.project_id
      JOIN investment_project p ON p.id = u.project_id
      WHERE u.nivel = 'comuna' AND a.anio BETWEEN 2003 AND 2026) x
GROUP BY code, grupo, anio;
SELECT code, grupo, COUNT(DISTINCT project_id)
FROM (SELECT u.unidad AS code, 'total' AS grupo, u.project_id
      FROM investment_unit_share u
      JOIN investment_amount a ON a.project_id = u.project_id
      JOIN investment_project p ON p.id = u.project_id
      WHERE u.nivel = 'comuna' AND a.anio BETWEEN 2003 AND 2026) x
GROUP BY code, grupo;
SELECT COUNT(*) FROM investment_project WHERE ilustrativo = TRUE;
