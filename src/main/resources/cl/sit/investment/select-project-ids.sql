-- Every project's id, for recomputing the stored alerts of a portfolio too large to hold in memory.
SELECT id FROM investment_project ORDER BY id
