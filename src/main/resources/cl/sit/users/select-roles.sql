SELECT role FROM app_user_role WHERE username = ? ORDER BY role
