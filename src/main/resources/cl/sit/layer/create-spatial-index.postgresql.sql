CREATE INDEX {index} ON {table} USING GIST ("geom")
