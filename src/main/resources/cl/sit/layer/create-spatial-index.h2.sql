CREATE SPATIAL INDEX {index} ON {table} ("geom")
