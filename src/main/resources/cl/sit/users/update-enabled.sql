UPDATE app_user SET enabled = ? WHERE username = ?
