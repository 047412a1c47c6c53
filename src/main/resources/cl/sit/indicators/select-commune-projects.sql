-- Projects with an amount in the range touching each commune of today, per group (see select-amounts.sql for the
-- placeholders); the unit set of a day counts them per unit (a project is counted once per unit).
SELECT DISTINCT s.cut, {group} AS grupo, s.project_id
FROM investment_territory s
JOIN investment_amount a ON a.project_id = s.project_id
JOIN investment_project p ON p.id = s.project_id
WHERE a.anio BETWEEN ? AND ?
