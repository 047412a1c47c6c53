-- One probe of the index on the flag: whether any project is illustrative, without counting them.
SELECT COUNT(*) FROM (SELECT 1 FROM investment_project WHERE ilustrativo = TRUE FETCH FIRST 1 ROWS ONLY) x
