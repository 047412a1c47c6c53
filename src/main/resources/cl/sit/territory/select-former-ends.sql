-- The days on which units stopped being in force (exclusive ends), to list every former unit.
SELECT DISTINCT vigente_hasta FROM former_territory ORDER BY vigente_hasta
