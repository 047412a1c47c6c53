-- The stored commune shares of the projects whose id is in a range, for rebuilding their memberships.
SELECT project_id, cut, share FROM investment_territory WHERE project_id BETWEEN ? AND ?
