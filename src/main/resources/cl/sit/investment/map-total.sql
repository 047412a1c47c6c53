-- Every project, and the years they span (for the map's filter form).
SELECT count(*), min(anio_inicio), max(anio_fin) FROM investment_project
