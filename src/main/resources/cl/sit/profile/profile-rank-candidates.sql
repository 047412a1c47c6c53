-- A unit's projects by their amount over all years in it, largest first (an index on (unidad, {amount} DESC,
-- project_id) answers): the bound from above of their amount in any period. {amount} is a whitelisted column
-- (programado_clp or ejecutado_clp). Parameters: unit, limit, offset.
SELECT project_id, share, {amount}
FROM investment_unit_share
WHERE unidad = ?
ORDER BY {amount} DESC, project_id
LIMIT ? OFFSET ?
