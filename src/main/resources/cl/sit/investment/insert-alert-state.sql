INSERT INTO investment_alert_state (analisis, distancia_m, calculado_en) VALUES (?, ?, CURRENT_TIMESTAMP)
