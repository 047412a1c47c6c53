-- Ids for a batch of new projects, taken from the identity's sequence (insert-project-with-id.sql writes them).
SELECT nextval(pg_get_serial_sequence('investment_project', 'id')) FROM generate_series(1, ?)
