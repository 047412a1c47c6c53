DELETE FROM app_user_role WHERE username = ? AND role = ?
