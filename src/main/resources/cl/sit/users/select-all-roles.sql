SELECT username, role FROM app_user_role ORDER BY username, role
