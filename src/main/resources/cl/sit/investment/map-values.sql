-- Each value of one text column ({column}, a fixed name chosen by ProjectMap) with its number of projects.
SELECT {column}, count(*) FROM investment_project WHERE {column} IS NOT NULL GROUP BY {column}
