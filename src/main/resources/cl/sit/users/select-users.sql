SELECT username, enabled FROM app_user ORDER BY username
