#!/bin/bash
# Run once by the postgis image when it creates the primary's database (/docker-entrypoint-initdb.d): a role for
# the streaming replica and the line of pg_hba.conf that lets it connect for replication.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
CREATE ROLE sit_replica LOGIN REPLICATION PASSWORD '${SIT_REPLICA_PASSWORD:-sit-replica}';
SQL
echo "host replication sit_replica all scram-sha-256" >> "$PGDATA/pg_hba.conf"
