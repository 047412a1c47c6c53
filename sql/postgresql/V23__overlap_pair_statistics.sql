-- Overlap pairs come in clusters (projects close together pair with many neighbours): at 1,000,000 projects each
-- project in a pair is project a of about 10 pairs. ANALYZE's sample saw a tenth of the distinct values and the
-- planner then scanned all 2,200,000 pairs for a commune's 551 projects (645 ms) instead of looking them up
-- (54 ms). Said here once: a tenth of the rows are distinct.
ALTER TABLE investment_overlap ALTER COLUMN proyecto_a SET (n_distinct = -0.1);
ALTER TABLE investment_overlap ALTER COLUMN proyecto_b SET (n_distinct = -0.1);
