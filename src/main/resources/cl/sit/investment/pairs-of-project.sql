-- The stored overlap pairs of the project bound (twice): those where it is project a, then those where it is b (a
-- pair never has the same project twice), each read through its pair index (V21). A derived table standing for
-- investment_overlap in the overlap pages (OverlapPages.ofProject).
(SELECT o1.* FROM investment_overlap o1 WHERE o1.proyecto_a = ?
 UNION ALL
 SELECT o2.* FROM investment_overlap o2 WHERE o2.proyecto_b = ?)
