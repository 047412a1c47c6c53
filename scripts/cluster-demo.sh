#!/usr/bin/env bash
# SIT scaled out on one machine (issue 15): a PostGIS primary, one streaming replica made with pg_basebackup -R,
# two SIT instances (sessions, registry and start-up work shared through the database, reads routed to the
# replica) and HAProxy in front, all on loopback.
#
#   scripts/cluster-demo.sh start            # build first: ./mvnw -DskipTests package
#   scripts/cluster-demo.sh status
#   scripts/cluster-demo.sh stop-replica     # reads fall back to the primary
#   scripts/cluster-demo.sh stop-instance a  # the balancer sends everything to b; sessions survive
#   scripts/cluster-demo.sh stop             # everything, and removes the directory
#
# Settings (environment): SIT_CLUSTER_DIR (/var/tmp/sit-cluster), PRIMARY_PORT (55441), REPLICA_PORT (55442),
# SIT_A_PORT (8181), SIT_B_PORT (8182), LB_PORT (8180), SIT_JAR (target/sit.jar), SIT_ADMIN_PASSWORD.
# Needs root (PostgreSQL runs as the postgres user) and Debian's postgresql-15-postgis-3 and haproxy.
set -euo pipefail
cd "$(dirname "$0")/.."

DIR=${SIT_CLUSTER_DIR:-/var/tmp/sit-cluster}
PRIMARY_PORT=${PRIMARY_PORT:-55441}
REPLICA_PORT=${REPLICA_PORT:-55442}
SIT_A_PORT=${SIT_A_PORT:-8181}
SIT_B_PORT=${SIT_B_PORT:-8182}
LB_PORT=${LB_PORT:-8180}
SIT_JAR=${SIT_JAR:-target/sit.jar}
ADMIN_PASSWORD=${SIT_ADMIN_PASSWORD:-clave-cluster-demo}
APP_PASSWORD=sit-cluster
REPL_PASSWORD=sit-replica
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

log() { echo "cluster-demo: $*" >&2; }
die() { log "$*"; exit 1; }
as_pg() { runuser -u postgres -- "$@"; }

sql() {  # sql <port> <database> <statement>
  as_pg "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$DIR" -p "$1" -d "$2" -c "$3"
}

settings() {  # settings <data dir> <port>
  {
    echo "listen_addresses = '127.0.0.1'"
    echo "port = $2"
    echo "unix_socket_directories = '$DIR'"
    echo "max_parallel_workers_per_gather = 0"
    echo "max_connections = 100"
    echo "max_wal_senders = 5"
    echo "hot_standby = on"
    echo "fsync = off"
  } | as_pg tee "$1/sit.conf" >/dev/null
}

start_primary() {
  local data=$DIR/primary
  as_pg "$PG_BIN/initdb" -D "$data" -U postgres --encoding=UTF8 --locale=C.UTF-8 --auth-local=peer \
    --auth-host=scram-sha-256 >/dev/null
  echo "include_if_exists = 'sit.conf'" | as_pg tee -a "$data/postgresql.conf" >/dev/null
  echo "host replication sit_replica 127.0.0.1/32 scram-sha-256" | as_pg tee -a "$data/pg_hba.conf" >/dev/null
  settings "$data" "$PRIMARY_PORT"
  as_pg "$PG_BIN/pg_ctl" start -D "$data" -l "$DIR/primary.log" -w -t 60 >/dev/null
  sql "$PRIMARY_PORT" postgres "CREATE ROLE sit LOGIN PASSWORD '$APP_PASSWORD'"
  sql "$PRIMARY_PORT" postgres "CREATE ROLE sit_replica LOGIN REPLICATION PASSWORD '$REPL_PASSWORD'"
  sql "$PRIMARY_PORT" postgres "CREATE DATABASE sit OWNER sit"
  sql "$PRIMARY_PORT" sit "CREATE EXTENSION postgis"
  log "primary on 127.0.0.1:$PRIMARY_PORT"
}

start_replica() {
  local data=$DIR/replica
  as_pg env PGPASSWORD="$REPL_PASSWORD" "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U sit_replica \
    -D "$data" -R -X stream -c fast
  settings "$data" "$REPLICA_PORT"
  as_pg "$PG_BIN/pg_ctl" start -D "$data" -l "$DIR/replica.log" -w -t 60 >/dev/null
  log "replica on 127.0.0.1:$REPLICA_PORT (streaming from the primary)"
}

start_instance() {  # start_instance <name> <port>
  SIT_DB_URL="jdbc:postgresql://127.0.0.1:$PRIMARY_PORT/sit" SIT_DB_USER=sit SIT_DB_PASSWORD="$APP_PASSWORD" \
    SIT_DB_REPLICA_URLS="jdbc:postgresql://127.0.0.1:$REPLICA_PORT/sit" SIT_INSTANCE="$1" \
    SIT_ADMIN_PASSWORD="$ADMIN_PASSWORD" SIT_BASEMAPS='[]' SIT_DATA_DIR="$DIR/data-$1" \
    nohup java -Xmx768m -jar "$SIT_JAR" --server.port="$2" >"$DIR/sit-$1.log" 2>&1 &
  echo $! >"$DIR/sit-$1.pid"
  log "SIT $1 starting on 127.0.0.1:$2 (log: $DIR/sit-$1.log)"
}

wait_ready() {  # wait_ready <port>
  for _ in $(seq 1 240); do
    curl -fs -m 2 "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null 2>&1 && return 0
    sleep 1
  done
  die "SIT on port $1 not ready after 240 s"
}

start_balancer() {
  cat >"$DIR/haproxy.cfg" <<CFG
global
  maxconn 512
defaults
  mode http
  timeout connect 2s
  timeout client 120s
  timeout server 120s
  retries 2
  option redispatch
frontend sit
  bind 127.0.0.1:$LB_PORT
  default_backend sit
backend sit
  balance roundrobin
  option httpchk GET /actuator/health/readiness
  http-check expect status 200
  default-server inter 1s fall 2 rise 1
  server a 127.0.0.1:$SIT_A_PORT check
  server b 127.0.0.1:$SIT_B_PORT check
CFG
  haproxy -f "$DIR/haproxy.cfg" -D -p "$DIR/haproxy.pid"
  log "HAProxy on 127.0.0.1:$LB_PORT, round robin over a and b"
}

cmd_start() {
  [[ -f $SIT_JAR ]] || die "$SIT_JAR not found: ./mvnw -DskipTests package"
  command -v haproxy >/dev/null || die "haproxy not installed (apt-get install haproxy)"
  [[ ! -e $DIR ]] || die "$DIR exists: scripts/cluster-demo.sh stop first"
  mkdir -p "$DIR"
  chown postgres: "$DIR"
  start_primary
  start_replica
  # Both at once: the second waits for the first's start-up work (the advisory start-up lock).
  start_instance a "$SIT_A_PORT"
  start_instance b "$SIT_B_PORT"
  wait_ready "$SIT_A_PORT"
  wait_ready "$SIT_B_PORT"
  start_balancer
  echo "SIT_LB=http://127.0.0.1:$LB_PORT"
  echo "SIT_A=http://127.0.0.1:$SIT_A_PORT"
  echo "SIT_B=http://127.0.0.1:$SIT_B_PORT"
}

stop_pid() {  # stop_pid <pid file>
  [[ -f $1 ]] || return 0
  local pid
  pid=$(cat "$1")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$1"
}

cmd_stop_replica() {
  as_pg "$PG_BIN/pg_ctl" stop -D "$DIR/replica" -m fast -w >/dev/null
  log "replica stopped"
}

cmd_stop_instance() {
  stop_pid "$DIR/sit-$1.pid"
  log "SIT $1 stopped"
}

cmd_stop() {
  [[ -d $DIR ]] || return 0
  stop_pid "$DIR/haproxy.pid"
  stop_pid "$DIR/sit-a.pid"
  stop_pid "$DIR/sit-b.pid"
  for node in replica primary; do
    if [[ -f $DIR/$node/postmaster.pid ]]; then
      as_pg "$PG_BIN/pg_ctl" stop -D "$DIR/$node" -m immediate -w >/dev/null 2>&1 || true
    fi
  done
  rm -rf "$DIR"
  log "stopped and removed $DIR"
}

cmd_status() {
  for node in primary replica; do
    if as_pg "$PG_BIN/pg_ctl" status -D "$DIR/$node" >/dev/null 2>&1; then log "$node: running"; else log "$node: down"; fi
  done
  for i in a b; do
    local port=$SIT_A_PORT
    [[ $i == b ]] && port=$SIT_B_PORT
    log "SIT $i: $(curl -s -m 2 "http://127.0.0.1:$port/actuator/health/readiness" || echo down)"
  done
}

case ${1:-} in
  start) cmd_start ;;
  stop) cmd_stop ;;
  stop-replica) cmd_stop_replica ;;
  stop-instance) cmd_stop_instance "${2:?a or b}" ;;
  status) cmd_status ;;
  *) die "usage: $0 start|status|stop-replica|stop-instance a|b|stop" ;;
esac
