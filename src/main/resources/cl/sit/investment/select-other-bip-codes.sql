SELECT codigo_bip FROM investment_project WHERE codigo_bip IS NOT NULL AND id <> ?
