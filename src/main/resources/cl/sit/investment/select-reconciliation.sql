-- Every project with its link status and linked communes (one row per commune; NULL cut when unlinked).
SELECT p.id, p.codigo_bip, p.nombre, p.comuna_declarada, l.fuera_de_comunas, l.distancia_comuna_m, s.cut,
       l.parte_sin_comuna
FROM investment_project p
JOIN investment_link l ON l.project_id = p.id
LEFT JOIN investment_territory s ON s.project_id = p.id
ORDER BY p.id, s.cut
