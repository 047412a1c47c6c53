INSERT INTO investment_link (project_id, fuera_de_comunas, distancia_comuna_m, parte_sin_comuna, enlazado_en)
VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)
