-- The stored investment of the units (codes as an array joined by key), before computing it again.
DELETE FROM investment_unit_year WHERE unidad IN (SELECT d.unidad FROM UNNEST(CAST(? AS VARCHAR ARRAY)) AS d(unidad))
