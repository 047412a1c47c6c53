SELECT COUNT(*) FROM app_user u JOIN app_user_role r ON r.username = u.username WHERE r.role = 'admin' AND u.enabled AND u.username <> ?
