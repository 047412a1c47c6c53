INSERT INTO app_user (username, password_hash, enabled, created_at) VALUES (?, ?, TRUE, CURRENT_TIMESTAMP)
