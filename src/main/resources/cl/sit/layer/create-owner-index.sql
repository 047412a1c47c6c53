CREATE INDEX {index} ON {table} ("cut")
