UPDATE app_user SET password_hash = ? WHERE username = ?
