SELECT ilustrativo FROM investment_project WHERE id = ?
