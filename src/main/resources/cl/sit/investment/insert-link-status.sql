INSERT INTO investment_link (project_id, fuera_de_comunas, distancia_comuna_m, enlazado_en) VALUES (?, ?, ?, CURRENT_TIMESTAMP)
