-- The projects whose location and records may disagree, with their linked communes (one row per commune; NULL cut
-- when linked to none): more than the given fraction outside every commune, sent to the nearest commune, linked to
-- none, or not in the commune they declare. InvestmentReads decides which problem each one has. The projects
-- placeholder (in braces, after FROM) is "investment_project p" for every project, or reconciliation-territory.sql
-- for the projects of one territory.
SELECT p.id, p.codigo_bip, p.nombre, p.comuna_declarada, l.fuera_de_comunas, l.distancia_comuna_m, s.cut,
       l.parte_sin_comuna
FROM {projects}
JOIN investment_link l ON l.project_id = p.id
LEFT JOIN investment_territory s ON s.project_id = p.id
WHERE (l.fuera_de_comunas > ? OR l.distancia_comuna_m IS NOT NULL
       OR NOT EXISTS (SELECT 1 FROM investment_territory e WHERE e.project_id = p.id)
       OR (p.comuna_declarada IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM investment_territory d WHERE d.project_id = p.id AND d.cut = p.comuna_declarada)))
ORDER BY p.id, s.cut
