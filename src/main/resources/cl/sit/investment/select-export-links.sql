SELECT project_id, cut, share FROM investment_territory ORDER BY project_id, cut
