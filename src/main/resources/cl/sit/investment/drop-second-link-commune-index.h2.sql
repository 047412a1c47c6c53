-- investment_territory's foreign key on cut already has an index of exactly that column (H2 made it with the key).
DROP INDEX IF EXISTS investment_territory_cut_idx
