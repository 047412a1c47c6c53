DELETE FROM investment_unit_summary
WHERE unidad IN (SELECT d.unidad FROM UNNEST(CAST(? AS VARCHAR ARRAY)) AS d(unidad))
