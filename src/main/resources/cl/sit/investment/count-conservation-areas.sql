SELECT (SELECT COUNT(*) FROM protected_area) + (SELECT COUNT(*) FROM priority_site)
