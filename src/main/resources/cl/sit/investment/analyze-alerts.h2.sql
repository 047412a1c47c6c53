-- Selectivity statistics after the stored alerts were all written again.
ANALYZE
