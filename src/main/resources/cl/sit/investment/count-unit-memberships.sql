-- How many projects have a share in the unit (its memberships, read from the index).
SELECT COUNT(*) FROM investment_unit_share WHERE unidad = ?
