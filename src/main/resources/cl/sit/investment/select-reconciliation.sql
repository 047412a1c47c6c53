-- The projects whose location and records may disagree (flagged when linked: ReconciliationIssue.needsReview), with
-- their linked communes (one row per commune; NULL cut when linked to none). InvestmentReads decides which problem
-- each one has. The territory placeholder (in braces, after WHERE) is empty for every project, or
-- reconciliation-territory.sql for those of one
-- territory. Only the flagged projects are read (about 7,000 of 1,000,000 in the scale run).
SELECT p.id, p.codigo_bip, p.nombre, p.comuna_declarada, l.fuera_de_comunas, l.distancia_comuna_m, s.cut,
       l.parte_sin_comuna
FROM investment_link l
JOIN investment_project p ON p.id = l.project_id
LEFT JOIN investment_territory s ON s.project_id = p.id
WHERE l.revisar {in_territory}
ORDER BY p.id, s.cut
