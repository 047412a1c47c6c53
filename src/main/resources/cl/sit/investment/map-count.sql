-- Projects the map shows under a filter: how many, and how many of them are points. The filter conditions
-- ({filter}, TileOptions.sql, each starting with AND) are added by ProjectMap.
SELECT count(*), COALESCE(sum(CASE WHEN ST_Dimension(geom) = 0 THEN 1 ELSE 0 END), 0)
FROM investment_project
WHERE 1 = 1{filter}
