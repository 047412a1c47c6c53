SELECT COUNT(*) FROM app_user WHERE username = ?
