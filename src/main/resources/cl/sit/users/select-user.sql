SELECT username, password_hash, enabled FROM app_user WHERE username = ?
