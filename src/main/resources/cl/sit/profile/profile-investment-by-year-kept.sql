-- Investment of a unit per year, programmed and spent, as kept when its projects were written (see
-- insert-unit-years.sql: the same arithmetic as profile-investment-by-year.sql).
SELECT anio, programado_clp, ejecutado_clp
FROM investment_unit_year
WHERE unidad = ? AND anio BETWEEN ? AND ?
ORDER BY anio
