-- A unit's projects by their amount over all years in it, largest first: the bound from above of their amount in
-- any period (see profile-rank-candidates.sql). H2 walks the index on (unidad, {amount} DESC, project_id) in order
-- only when told to and when the ORDER BY names every column of it: otherwise it read and sorted all 45,059
-- memberships of a region at 1,000,000 projects for each page (622 ms against 33 ms). Parameters: unit, limit,
-- offset.
SELECT project_id, share, {amount}
FROM investment_unit_share USE INDEX ({amount_index})
WHERE unidad = ?
ORDER BY unidad, {amount} DESC, project_id
LIMIT ? OFFSET ?
