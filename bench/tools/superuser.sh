# Sourced by the bench scripts: psql as the cluster's superuser over the socket of scripts/postgis-dev.sh, without
# the PG* settings of the caller (they name the application role, which peer authentication would refuse).
as_superuser() {
  runuser -u postgres -- env -u PGUSER -u PGPASSWORD -u PGDATABASE -u PGHOST \
    psql -X -q -v ON_ERROR_STOP=1 -h "${SIT_PG_DIR:-/var/tmp/sit-pg}" -p "$PGPORT" "$@"
}
