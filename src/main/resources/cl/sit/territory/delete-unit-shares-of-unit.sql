-- The memberships of one unit: a custom territory about to be written may find rows left by a removed territory
-- of the same code (its row deleted by hand), which would otherwise collide with the new ones.
DELETE FROM investment_unit_share WHERE unidad = ?
