#!/usr/bin/env bash
# Scale-out benchmark (issue 15): read throughput of one SIT instance on the primary only (today's deployment, the
# baseline) against one instance routing reads to a streaming replica, two instances behind HAProxy, and the same
# with a signed-in session (whose every request reads the session from the database). All in one run on the
# cluster scripts/cluster-demo.sh builds, plus a third instance ("solo") without replicas on the same primary.
# Prints a Markdown table (also written to bench/results/) with each rate as a ratio of the baseline.
#
# Settings (environment): SECONDS_EACH=10, CONNECTIONS=8, THREADS=2, SIT_JAR=target/sit.jar,
# BENCH_RESULTS=bench/results, and cluster-demo.sh's own (SIT_CLUSTER_DIR, ports).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${SECONDS_EACH:-10}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-2}
export SIT_CLUSTER_DIR=${SIT_CLUSTER_DIR:-/var/tmp/sit-cluster-bench}
export PRIMARY_PORT=${PRIMARY_PORT:-55451} REPLICA_PORT=${REPLICA_PORT:-55452}
export SIT_A_PORT=${SIT_A_PORT:-8191} SIT_B_PORT=${SIT_B_PORT:-8192} LB_PORT=${LB_PORT:-8190}
export SIT_ADMIN_PASSWORD=${SIT_ADMIN_PASSWORD:-clave-cluster-bench}
SOLO_PORT=${SOLO_PORT:-8193}
SIT_JAR=${SIT_JAR:-target/sit.jar}
RESULTS=${BENCH_RESULTS:-bench/results}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
REPORT=$RESULTS/$STAMP-cluster.md

log() { printf '[cluster-bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
command -v wrk >/dev/null || { log "missing wrk (apt-get install wrk)"; exit 1; }

cleanup() {
  [[ -f $SIT_CLUSTER_DIR/sit-solo.pid ]] && kill "$(cat "$SIT_CLUSTER_DIR/sit-solo.pid")" 2>/dev/null || true
  scripts/cluster-demo.sh stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
scripts/cluster-demo.sh stop >/dev/null 2>&1 || true
scripts/cluster-demo.sh start >/dev/null

# The baseline: today's single instance, primary only, same database, same jar.
SIT_DB_URL="jdbc:postgresql://127.0.0.1:$PRIMARY_PORT/sit" SIT_DB_USER=sit SIT_DB_PASSWORD=sit-cluster \
  SIT_INSTANCE=solo SIT_ADMIN_PASSWORD="$SIT_ADMIN_PASSWORD" SIT_BASEMAPS='[]' \
  nohup java -Xmx768m -jar "$SIT_JAR" --server.port="$SOLO_PORT" >"$SIT_CLUSTER_DIR/sit-solo.log" 2>&1 &
echo $! >"$SIT_CLUSTER_DIR/sit-solo.pid"
for _ in $(seq 1 120); do
  curl -fs -m 2 "http://127.0.0.1:$SOLO_PORT/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 1
done

# A signed-in session (form sign-in through the balancer; the cookie works on every instance and the baseline).
jar=$SIT_CLUSTER_DIR/cookies.txt
token=$(curl -s -c "$jar" -b "$jar" -H 'Accept: text/html' "http://127.0.0.1:$LB_PORT/login" \
  | grep -o 'name="_csrf" value="[^"]*' | sed 's/.*value="//')
curl -s -c "$jar" -b "$jar" -o /dev/null -X POST "http://127.0.0.1:$LB_PORT/login" \
  --data-urlencode "username=admin" --data-urlencode "password=$SIT_ADMIN_PASSWORD" --data-urlencode "_csrf=$token"
session=$(awk '$6 == "SESSION" {print $7}' "$jar")
[[ -n $session ]] || { log "sign-in failed"; exit 1; }

PATHS=("/collections/comunas/items?limit=12" "/collections/sitios-prioritarios/items?limit=50"
  "/api/indicators?nivel=comuna&desde=2010&hasta=2020")

rate() {  # rate <base> [cookie]: requests per second over the read mix
  local base=$1 cookie=${2:-} script=$SIT_CLUSTER_DIR/mix.lua
  {
    echo "local paths = {"
    for p in "${PATHS[@]}"; do echo "  \"$p\","; done
    echo "}"
    echo "local i = 0"
    echo "request = function()"
    echo "  i = i % #paths + 1"
    if [[ -n $cookie ]]; then
      echo "  return wrk.format('GET', paths[i], {['Accept'] = 'application/json', ['Cookie'] = 'SESSION=$cookie'})"
    else
      echo "  return wrk.format('GET', paths[i], {['Accept'] = 'application/json'})"
    fi
    echo "end"
  } >"$script"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d2s -s "$script" "$base" >/dev/null 2>&1 || true   # warm-up
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_EACH}s" -s "$script" "$base" 2>/dev/null \
    | awk '/Requests\/sec/ {print $2}'
}

declare -A R
log "baseline: one instance, primary only"
R[solo]=$(rate "http://127.0.0.1:$SOLO_PORT")
log "one instance, reads routed to the replica"
R[routed]=$(rate "http://127.0.0.1:$SIT_A_PORT")
log "two instances behind HAProxy, replica reads"
R[two]=$(rate "http://127.0.0.1:$LB_PORT")
log "baseline, signed in"
R[solo_session]=$(rate "http://127.0.0.1:$SOLO_PORT" "$session")
log "one routed instance, signed in"
R[routed_session]=$(rate "http://127.0.0.1:$SIT_A_PORT" "$session")
replica_share=$(curl -s -u "admin:$SIT_ADMIN_PASSWORD" "http://127.0.0.1:$SIT_A_PORT/actuator/prometheus" \
  | awk '/^sit_db_connections_total\{target="replica"\}/ {r=$2} /^sit_db_connections_total\{target="primary"\}/ {p=$2}
         END {if (r + p > 0) printf "%.0f %%", 100 * r / (r + p); else print "n/a"}')

mkdir -p "$RESULTS"
{
  echo "# Scale-out benchmark, $STAMP"
  echo
  echo "Machine: $(nproc) cores, load average before the run: $(cut -d' ' -f1-3 /proc/loadavg). wrk -t$THREADS" \
    "-c$CONNECTIONS, ${SECONDS_EACH} s per row, read mix: ${PATHS[*]}. Everything (PostgreSQL primary and" \
    "replica, the SIT instances, HAProxy, wrk) shares these cores, so a second instance cannot add CPU: the" \
    "figures show the overhead of routing and of the session store, not the scaling a second machine gives."
  echo
  echo "| Deployment | req/s | ratio to the baseline |"
  echo "|---|---:|---:|"
  for k in solo routed two solo_session routed_session; do
    case $k in
      solo) name="one instance, primary only (baseline, today's deployment)";;
      routed) name="one instance, reads routed to the replica";;
      two) name="two instances behind HAProxy, replica reads";;
      solo_session) name="one instance, primary only, signed in (session read from the database)";;
      routed_session) name="one routed instance, signed in";;
    esac
    ratio=$(awk -v a="${R[$k]}" -v b="${R[solo]}" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "n/a"}')
    echo "| $name | ${R[$k]} | $ratio |"
  done
  echo
  echo "Connections instance a took from the replica, of all it took: $replica_share."
} | tee "$REPORT"
log "report: $REPORT"
