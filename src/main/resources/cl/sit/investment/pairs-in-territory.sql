-- The stored overlap pairs with a project in the unit bound (investment_unit_share), each once: those whose
-- project a is there, and those whose project b is there and a is not. Read from the unit's projects through the
-- pair indexes of V21 (a commune reads its own pairs, not every pair). A derived table standing for
-- investment_overlap in the overlap pages (ProjectsInTerritory.pairs); binds the unit three times.
(SELECT o1.* FROM investment_unit_share m1 JOIN investment_overlap o1 ON o1.proyecto_a = m1.project_id
 WHERE m1.unidad = ?
 UNION ALL
 SELECT o2.* FROM investment_unit_share m2 JOIN investment_overlap o2 ON o2.proyecto_b = m2.project_id
 WHERE m2.unidad = ?
   AND NOT EXISTS (SELECT 1 FROM investment_unit_share n WHERE n.unidad = ? AND n.project_id = o2.proyecto_a))
