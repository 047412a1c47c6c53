#!/usr/bin/env bash
# Local PostgreSQL 15 + PostGIS for SIT development and tests, without Docker.
#
# Usage:
#   scripts/postgis-dev.sh [start]   install if needed, init, start, provision; print SIT_* settings
#   scripts/postgis-dev.sh stop      stop the cluster (the data is kept)
#   scripts/postgis-dev.sh status    tell whether the cluster is running
#
# Only the SIT_* lines go to stdout (progress goes to stderr), so a caller can do:
#   eval "$(scripts/postgis-dev.sh | grep '^SIT_' | sed 's/^/export /')"
#
# Environment:
#   SIT_PG_DIR   data directory        (default /var/tmp/sit-pg)
#   SIT_PG_PORT  TCP port on 127.0.0.1 (default 55432; not 5432, to stay clear of
#                Debian's own 15/main cluster, which this script never touches)
#   SIT_PG_FAST  1 = no durability (fsync, synchronous_commit, full_page_writes off);
#                for throwaway CI clusters only, a crash can corrupt the data.
#                Applied when the server starts, not to a server already running.
set -euo pipefail

PG_MAJOR=15
PG_BIN=/usr/lib/postgresql/${PG_MAJOR}/bin
PACKAGES=("postgresql-${PG_MAJOR}" "postgresql-${PG_MAJOR}-postgis-3")

DATA_DIR=${SIT_PG_DIR:-/var/tmp/sit-pg}
PORT=${SIT_PG_PORT:-55432}
FAST=${SIT_PG_FAST:-0}
LOG_FILE=${DATA_DIR}/server.log
APP_ROLE=sit
APP_PASSWORD=sit
DATABASES=(sit sit_test)

log() { printf 'postgis-dev: %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# initdb and postgres refuse to run as root, so root runs them as the postgres
# user; anyone else runs them as themselves and owns the data directory. The DB
# superuser is named after that OS user, which is what local peer auth expects.
if [[ $EUID -eq 0 ]]; then
  PG_USER=postgres
  as_pg() { runuser -u "$PG_USER" -- "$@"; }
else
  PG_USER=$(id -un)
  as_pg() { "$@"; }
fi

# The socket lives in the data dir so it never collides with Debian's
# /var/run/postgresql (which may not even exist or be writable). Unix socket
# paths are capped at ~107 bytes, hence the fallback for deep directories.
if (( ${#DATA_DIR} + 20 < 100 )); then
  SOCKET_DIR=$DATA_DIR
else
  SOCKET_DIR=/tmp
fi

install_packages() {
  local missing=() pkg
  for pkg in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' \
      || missing+=("$pkg")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0

  [[ $EUID -eq 0 ]] || die "missing packages ${missing[*]}; run as root or install them first"
  command -v apt-get >/dev/null || die "missing packages ${missing[*]} and no apt-get"
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Another apt run may hold the locks (e.g. a provisioning step in the
  # background): wait for it instead of failing. Lock::Timeout covers dpkg's
  # lock; the lists lock of 'update' is only retried.
  local try
  for try in 1 2 3 4 5 6; do
    apt-get -o DPkg::Lock::Timeout=600 update -qq >&2 && break
    [[ $try -lt 6 ]] || die "apt-get update failed"
    log "apt-get update failed (lock held?), retrying in 20s"
    sleep 20
  done
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
    "${missing[@]}" >&2
}

is_running() {
  [[ -d $DATA_DIR ]] && as_pg "$PG_BIN/pg_ctl" status -D "$DATA_DIR" >/dev/null 2>&1
}

init_cluster() {
  [[ -f $DATA_DIR/PG_VERSION ]] && return 0
  log "creating cluster in $DATA_DIR"
  mkdir -p "$DATA_DIR"
  chown "$PG_USER": "$DATA_DIR"
  chmod 700 "$DATA_DIR"
  as_pg test -w "$DATA_DIR" \
    || die "$PG_USER cannot write $DATA_DIR (is a parent directory closed to it?)"
  # Local socket: peer auth, so only the OS superuser gets the DB superuser.
  # TCP: passwords, so the app connects exactly as it would to a real server.
  as_pg "$PG_BIN/initdb" -D "$DATA_DIR" -U "$PG_USER" \
    --encoding=UTF8 --locale=C.UTF-8 \
    --auth-local=peer --auth-host=scram-sha-256 >&2
  # Settings go to a file of our own, rewritten at each start, so a change of
  # port or SIT_PG_FAST takes effect without editing postgresql.conf again.
  echo "include_if_exists = 'sit.conf'" >>"$DATA_DIR/postgresql.conf"
}

write_settings() {
  {
    echo "# Written by scripts/postgis-dev.sh at each start; edits are overwritten."
    echo "listen_addresses = '127.0.0.1'"
    echo "port = $PORT"
    echo "unix_socket_directories = '$SOCKET_DIR'"
    echo "# Parallel plans made tile queries ~20x slower on 2-core machines."
    echo "max_parallel_workers_per_gather = 0"
    echo "# SSD storage (PostgreSQL's advice): random reads cost about as much as sequential ones. At the default 4"
    echo "# the planner scanned all 2.2 million overlap pairs for a commune's 551 projects (290 ms against 17 ms)."
    echo "random_page_cost = 1.1"
    echo "# ./mvnw verify keeps one application per test configuration alive (Spring's context cache), each with"
    echo "# its connection pool: the default 100 connections run out."
    echo "max_connections = 300"
    if [[ $FAST == 1 ]]; then
      echo "fsync = off"
      echo "synchronous_commit = off"
      echo "full_page_writes = off"
    fi
  } | as_pg tee "$DATA_DIR/sit.conf" >/dev/null
}

start_cluster() {
  write_settings
  log "starting server on 127.0.0.1:$PORT (log: $LOG_FILE)"
  if ! as_pg "$PG_BIN/pg_ctl" start -D "$DATA_DIR" -l "$LOG_FILE" -w -t 60 >&2; then
    tail -n 20 "$LOG_FILE" >&2 || true
    die "server did not start"
  fi
}

# pg_ctl -w only knows the postmaster is up; pg_isready over TCP proves that the
# address the app will use accepts connections.
wait_ready() {
  for _ in $(seq 1 60); do
    "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" && return 0
    # A server that was dying when we looked will never answer: fail fast,
    # a re-run then starts it afresh.
    is_running || break
    sleep 1
  done
  tail -n 20 "$LOG_FILE" >&2 || true
  die "server on 127.0.0.1:$PORT not ready (see $LOG_FILE)"
}

# The port the running server actually has (line 4 of postmaster.pid).
running_port() { sed -n 4p "$DATA_DIR/postmaster.pid"; }

# client_min_messages hides the "already exists, skipping" notices of re-runs.
psql_super() {
  as_pg env PGOPTIONS='-c client_min_messages=warning' \
    "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCKET_DIR" -p "$PORT" -U "$PG_USER" "$@"
}

# Every statement is conditional, so on a provisioned cluster this changes
# nothing; it still runs when the server was already up, in case an earlier
# run died between starting the server and provisioning it.
provision() {
  psql_super -d postgres <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$APP_ROLE') THEN
    CREATE ROLE $APP_ROLE LOGIN PASSWORD '$APP_PASSWORD';
  END IF;
END
\$\$;
SQL
  local db
  for db in "${DATABASES[@]}"; do
    # CREATE DATABASE cannot run inside DO, hence \gexec.
    psql_super -d postgres <<SQL
SELECT format('CREATE DATABASE %I OWNER %I', '$db', '$APP_ROLE')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$db')
\gexec
SQL
    # The extension needs a superuser; the app role only uses it.
    psql_super -d "$db" -c 'CREATE EXTENSION IF NOT EXISTS postgis'
  done
}

# Values are single-quoted: the test URL holds '&' and '?', which an unquoted
# eval would treat as "run in background" and a glob.
print_settings() {
  local base="jdbc:postgresql://127.0.0.1:$PORT"
  echo "SIT_DB_URL='$base/sit'"
  echo "SIT_DB_USER='$APP_ROLE'"
  echo "SIT_DB_PASSWORD='$APP_PASSWORD'"
  echo "SIT_TEST_POSTGIS_URL='$base/sit_test?user=$APP_ROLE&password=$APP_PASSWORD'"
}

cmd_start() {
  install_packages
  [[ -x $PG_BIN/initdb ]] || die "$PG_BIN/initdb not found"
  if is_running; then
    local actual
    actual=$(running_port)
    [[ $actual == "$PORT" ]] \
      || die "cluster in $DATA_DIR already runs on port $actual, not $PORT; stop it first"
    log "already running on 127.0.0.1:$PORT"
  else
    init_cluster
    start_cluster
  fi
  wait_ready
  provision
  print_settings
}

cmd_stop() {
  if is_running; then
    as_pg "$PG_BIN/pg_ctl" stop -D "$DATA_DIR" -m fast -w >&2
  else
    log "not running ($DATA_DIR)"
  fi
}

cmd_status() {
  if is_running; then
    log "running on 127.0.0.1:$(running_port) ($DATA_DIR)"
  else
    log "not running ($DATA_DIR)"
    return 3
  fi
}

case ${1:-start} in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) die "usage: $0 [start|stop|status]" ;;
esac
