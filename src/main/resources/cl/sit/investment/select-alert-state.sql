SELECT analisis, valor FROM investment_alert_state
