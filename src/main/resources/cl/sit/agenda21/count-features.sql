-- Current features of one editable layer per owning commune whose CUT starts with the bound prefix ('14%').
-- {table} is the layer's table name from the registry, quoted.
SELECT "cut", COUNT(*) AS features FROM {table} WHERE "cut" LIKE ? GROUP BY "cut"
