-- Adds the investment of projects just inserted (ids as an array joined by key) to their units' years: the same
-- sums as insert-unit-years.sql over those projects only. Only for new projects: a sum that only grows keeps its
-- rounding at the last bit; replacing or removing projects computes the units again (insert-unit-years.sql).
MERGE INTO investment_unit_year t
USING (SELECT u.unidad AS unidad, a.anio AS anio, SUM(a.programado_clp * u.share) AS p,
              SUM(a.ejecutado_clp * u.share) AS e, SUM(a.programado_clp * COALESCE(l.parte_sin_comuna, 0)) AS fp,
              SUM(a.ejecutado_clp * COALESCE(l.parte_sin_comuna, 0)) AS fe
       FROM UNNEST(CAST(? AS INTEGER ARRAY)) AS r(id)
       JOIN investment_unit_share u ON u.project_id = r.id
       JOIN investment_amount a ON a.project_id = u.project_id
       LEFT JOIN investment_link l ON l.project_id = u.project_id
       GROUP BY u.unidad, a.anio) s
ON (t.unidad = s.unidad AND t.anio = s.anio)
WHEN MATCHED THEN UPDATE SET programado_clp = t.programado_clp + s.p, ejecutado_clp = t.ejecutado_clp + s.e,
    fuera_programado_clp = t.fuera_programado_clp + s.fp, fuera_ejecutado_clp = t.fuera_ejecutado_clp + s.fe
WHEN NOT MATCHED THEN INSERT (unidad, anio, programado_clp, ejecutado_clp, fuera_programado_clp, fuera_ejecutado_clp)
    VALUES (s.unidad, s.anio, s.p, s.e, s.fp, s.fe)
