-- V22 rewrote every link (its review flag) and V23 changed what the planner assumes of the pairs: statistics now,
-- not when autovacuum gets to it (the reconciliation of a commune took 527 ms with the flag's old statistics, 35 ms
-- after ANALYZE, at 1,000,000 projects).
ANALYZE investment_link;
ANALYZE investment_overlap;
