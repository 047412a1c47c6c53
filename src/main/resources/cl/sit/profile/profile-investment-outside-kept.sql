-- The part outside every commune of the unit's projects, CLP of the period, as kept (see insert-unit-years.sql).
-- {amount} is a whitelisted column (programado_clp or ejecutado_clp).
SELECT COALESCE(SUM(fuera_{amount}), 0)
FROM investment_unit_year
WHERE unidad = ? AND anio BETWEEN ? AND ?
