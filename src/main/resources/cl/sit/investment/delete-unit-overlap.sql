-- Every kept pair count (before counting them all again).
DELETE FROM investment_unit_overlap
