SELECT analisis, distancia_m FROM investment_alert_state
