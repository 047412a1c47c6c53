-- Whether the unit's kept investment (investment_unit_year) is current: computed over as many memberships as the
-- unit has now (projects deleted by hand take their memberships, not the kept sums, with them).
SELECT COALESCE((SELECT memberships FROM investment_unit_summary WHERE unidad = ?), 0)
       = (SELECT COUNT(*) FROM investment_unit_share WHERE unidad = ?)
