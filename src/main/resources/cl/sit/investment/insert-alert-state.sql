INSERT INTO investment_alert_state (analisis, valor, calculado_en) VALUES (?, ?, CURRENT_TIMESTAMP)
