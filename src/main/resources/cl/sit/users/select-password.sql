SELECT password_hash FROM app_user WHERE username = ?
