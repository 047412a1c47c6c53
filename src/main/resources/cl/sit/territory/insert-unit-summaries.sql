-- How many memberships each unit has, with its yearly rows (see V20__unit_investment_summary.sql).
INSERT INTO investment_unit_summary (unidad, memberships)
SELECT u.unidad, COUNT(*)
FROM UNNEST(CAST(? AS VARCHAR ARRAY)) AS d(unidad)
JOIN investment_unit_share u ON u.unidad = d.unidad
GROUP BY u.unidad
