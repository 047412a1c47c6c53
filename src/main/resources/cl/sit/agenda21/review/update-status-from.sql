-- Compare-and-set: changes the status only while it is still the one the change was decided on.
UPDATE layer_status SET status = ?, changed_by = ?, changed_at = ?, note = ? WHERE layer_id = ? AND cut = ? AND status = ?
