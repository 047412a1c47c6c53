-- Deletes a project if its version is still the one the user read (its links, memberships, screening and overlap
-- pairs go with it: ON DELETE CASCADE).
DELETE FROM investment_project WHERE id = ? AND version = ?
