DELETE FROM investment_overlap WHERE proyecto_a = ?
