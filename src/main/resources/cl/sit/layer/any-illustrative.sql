-- {table} and {column} are replaced by quoted identifiers from the layer registry. One probe of the index on
-- the flag: whether any row is illustrative, without counting them.
SELECT COUNT(*) FROM (SELECT 1 FROM {table} WHERE {column} = TRUE FETCH FIRST 1 ROWS ONLY) x
