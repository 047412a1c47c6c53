-- The position (from 1) of the id column of the table a trigger is on (PairsOfDeletedProject).
SELECT ORDINAL_POSITION FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND COLUMN_NAME = 'id'
