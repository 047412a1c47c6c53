-- Adds one unit's year of projects just inserted (summed in Java by UnitAdditions, the arithmetic of
-- insert-unit-years.sql over those projects only). A sum that only grows keeps its rounding at the last bit;
-- replacing or removing projects computes the units again (insert-unit-years.sql).
MERGE INTO investment_unit_year t
USING (VALUES (CAST(? AS VARCHAR(40)), CAST(? AS INTEGER), CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION),
               CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION))) AS s(unidad, anio, p, e, fp, fe)
ON (t.unidad = s.unidad AND t.anio = s.anio)
WHEN MATCHED THEN UPDATE SET programado_clp = t.programado_clp + s.p, ejecutado_clp = t.ejecutado_clp + s.e,
    fuera_programado_clp = t.fuera_programado_clp + s.fp, fuera_ejecutado_clp = t.fuera_ejecutado_clp + s.fe
WHEN NOT MATCHED THEN INSERT (unidad, anio, programado_clp, ejecutado_clp, fuera_programado_clp, fuera_ejecutado_clp)
    VALUES (s.unidad, s.anio, s.p, s.e, s.fp, s.fe)
