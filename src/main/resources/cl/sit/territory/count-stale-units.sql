-- How many of the units (an array) have kept figures that are not current (UnitInvestment.current): computed over
-- another number of memberships than they have now (projects deleted by hand take their memberships, not the kept
-- figures, with them). Any: the reader computes from every project instead.
SELECT COUNT(*)
FROM UNNEST(CAST(? AS VARCHAR ARRAY)) AS d(unidad)
WHERE COALESCE((SELECT s.memberships FROM investment_unit_summary s WHERE s.unidad = d.unidad), 0)
      <> (SELECT COUNT(*) FROM investment_unit_share u WHERE u.unidad = d.unidad)
