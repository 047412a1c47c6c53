-- Projects of another programme in the same sector, touching one of the communes bound (array), whose years
-- overlap [?, ?]: the neighbours a written project may pair with by territory.
SELECT DISTINCT t.project_id
FROM investment_territory t
JOIN investment_project q ON q.id = t.project_id
WHERE t.cut = ANY(?) AND q.sector = ? AND q.programa <> ? AND q.anio_inicio <= ? AND q.anio_fin >= ?
