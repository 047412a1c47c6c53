DELETE FROM investment_commune_coincidence
WHERE comuna IN (SELECT d.unidad FROM UNNEST(CAST(? AS VARCHAR ARRAY)) AS d(unidad))
