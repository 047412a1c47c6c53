INSERT INTO app_user_role (username, role) VALUES (?, ?)
