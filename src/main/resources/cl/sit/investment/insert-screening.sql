INSERT INTO investment_screening (project_id, tipo, area_codigo, area_nombre, dentro, distancia_m, area_solapada_ha,
                                  longitud_m, principal, severidad)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
