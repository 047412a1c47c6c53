SELECT id, ST_AsBinary(geom) FROM investment_project WHERE id BETWEEN ? AND ?
