-- A project's link: its fraction outside every commune, the distance to the commune it was sent to, its part
-- given to no commune, and whether it needs review (ReconciliationIssue.needsReview).
INSERT INTO investment_link (project_id, fuera_de_comunas, distancia_comuna_m, parte_sin_comuna, revisar, enlazado_en)
VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP)
