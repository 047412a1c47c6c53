-- Every unit with a membership or a stored summary.
SELECT unidad FROM investment_unit_share GROUP BY unidad
UNION
SELECT unidad FROM investment_unit_summary
