# Sourced by bench/load.sh and bench/import.sh: the store SIT runs on, and SIT itself. Expects STORE, WORK, SIT_JAR,
# SIT_PORT, SIT_HEAP, ADMIN_PASSWORD and the functions log and die; BENCH_DB names the PostGIS database.

# setup_store DEFAULT_DB: sets env_db, the environment of SIT's process. STORE=h2 drops any PostGIS settings of the
# caller (a fresh embedded database in WORK); STORE=postgis recreates the database (BENCH_DB or DEFAULT_DB).
setup_store() {
  env_db=(-u SIT_DB_URL -u SIT_DB_USER -u SIT_DB_PASSWORD)
  if [[ $STORE == postgis ]]; then
    export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-55432} PGUSER=${PGUSER:-sit} PGPASSWORD=${PGPASSWORD:-sit}
    DB=${BENCH_DB:-$1}
    [[ $PGHOST == 127.0.0.1 && $PGPORT == 55432 ]] && scripts/postgis-dev.sh start > /dev/null
    source bench/tools/superuser.sh
    as_superuser -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB OWNER $PGUSER"
    as_superuser -d "$DB" -c "CREATE EXTENSION postgis" -c "ALTER DATABASE $DB SET max_parallel_workers_per_gather = 0"
    env_db=(SIT_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SIT_DB_USER="$PGUSER" SIT_DB_PASSWORD="$PGPASSWORD")
  elif [[ $STORE != h2 ]]; then
    die "STORE is h2 or postgis"
  fi
}

# start_sit [VAR=value ...]: starts a copy of SIT_JAR in WORK with these extra settings, stops it on exit, and waits
# until it answers. Sets SIT_PID.
SIT_PID=
start_sit() {
  trap '[[ -n $SIT_PID ]] && kill "$SIT_PID" 2> /dev/null || true' EXIT
  [[ -f $SIT_JAR ]] || { log "building $SIT_JAR"; ./mvnw -q -B -DskipTests package; }
  # Another server on the port would answer in SIT's place (with other users: every write a 401).
  curl -s -o /dev/null "http://127.0.0.1:$SIT_PORT/" && die "port $SIT_PORT is already in use"
  cp "$SIT_JAR" "$WORK/sit.jar"
  log "starting SIT ($STORE) on :$SIT_PORT, heap $SIT_HEAP"
  (cd "$WORK" && exec env "${env_db[@]}" SIT_DATA_DIR="$WORK/data" PORT="$SIT_PORT" \
    SIT_ADMIN_PASSWORD="$ADMIN_PASSWORD" "$@" java "-Xmx$SIT_HEAP" ${SIT_JAVA_OPTS:-} -jar "$WORK/sit.jar" > "$WORK/sit.log" 2>&1) &
  SIT_PID=$!
  for _ in $(seq 1 240); do
    curl -fs -o /dev/null "http://127.0.0.1:$SIT_PORT/conformance?f=json" && break
    kill -0 "$SIT_PID" 2> /dev/null || die "SIT stopped; see $WORK/sit.log"
    sleep 1
  done
  curl -fs -o /dev/null "http://127.0.0.1:$SIT_PORT/conformance?f=json" || die "SIT did not start; see $WORK/sit.log"
}
