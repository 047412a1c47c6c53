-- Projects with an amount in the range touching each commune of today, per group (see select-amounts.sql for the
-- placeholders); the unit set of a day counts them per unit (a project is counted once per unit).
SELECT DISTINCT u.unidad, {group} AS grupo, u.project_id
FROM investment_unit_share u
JOIN investment_amount a ON a.project_id = u.project_id
JOIN investment_project p ON p.id = u.project_id
WHERE u.nivel = 'comuna' AND a.anio BETWEEN ? AND ?
