#!/usr/bin/env bash
# Serving benchmark, in ONE run: SIT vs MapServer 8 (lighttpd + FastCGI) vs the raw PostGIS queries (pgbench), all
# reading the same PostGIS tables. Loads the data, starts the servers, checks that all three return the same
# features, then times interleaved rounds with wrk and pgbench and prints req/s (median [min..max]) and ratios as a
# Markdown table, also written to bench/results/. See bench/README.md.
#
# Settings (environment):
#   POINTS=100000      investment points for the timed rounds (10000, 100000 or 1000000)
#   DURATION=10        seconds per timed run      ROUNDS=5   rounds      CONNECTIONS="1 4"
#   RSS_POINTS=1000000 then load this many points and sample SIT's RSS while serving them under load (0 = skip)
#   SEED=2026 generator seed; CENTRE="-70.65 -33.45" where bboxes and tiles are taken; COMMUNE=14104 (Los Lagos)
#   TILE_CACHE_MB=0    SIT's in-memory tile cache (sit.tiles.cache-mb): off by default, so tiles are rendered by
#                      the database on every request, as raw ST_AsMVT and MapServer do; 64 measures the cache
#   SIT_PORT=18080 MS_PORT=18081 MS_PROCS=4 SIT_HEAP=512m SIT_JAR=target/sit.jar BENCH_WORK=/tmp/sit-bench-work
#   BENCH_RESULTS=bench/results   where the report and the TSV go
#   BENCH_DB=sit_bench PGHOST=127.0.0.1 PGPORT=55432 PGUSER=sit PGPASSWORD=sit
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
POINTS=${POINTS:-100000}
DURATION=${DURATION:-10}
ROUNDS=${ROUNDS:-5}
CONNECTIONS=${CONNECTIONS:-"1 4"}
RSS_POINTS=${RSS_POINTS:-1000000}
RSS_DURATION=${RSS_DURATION:-$DURATION}
SEED=${SEED:-2026}
read -r CX CY <<< "${CENTRE:-"-70.65 -33.45"}"
SIT_PORT=${SIT_PORT:-18080}
MS_PORT=${MS_PORT:-18081}
MS_PROCS=${MS_PROCS:-4}
SIT_HEAP=${SIT_HEAP:-512m}
SIT_JAR=${SIT_JAR:-target/sit.jar}
WORK=${BENCH_WORK:-/tmp/sit-bench-work}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-55432} PGUSER=${PGUSER:-sit} PGPASSWORD=${PGPASSWORD:-sit}
export PGDATABASE=${BENCH_DB:-sit_bench}
COMMUNE=${COMMUNE:-14104}
SIT=http://127.0.0.1:$SIT_PORT
MS=http://127.0.0.1:$MS_PORT
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=${BENCH_RESULTS:-$ROOT/bench/results}
TSV=$RESULTS/$STAMP-$POINTS.tsv
REPORT=$RESULTS/$STAMP-$POINTS.md

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }

# --- tools --------------------------------------------------------------------------------------------------------
missing=()
for tool in wrk pgbench psql mapserv lighttpd python3 java curl; do
  command -v "$tool" > /dev/null || missing+=("$tool")
done
if (( ${#missing[@]} )); then
  die "missing ${missing[*]}: apt-get update && apt-get install cgi-mapserver mapserver-bin lighttpd wrk postgresql-contrib python3 curl"
fi
mkdir -p "$WORK" "$RESULTS"
rm -f "$WORK"/*.json "$WORK"/*.mvt "$WORK"/*.hex

# --- PostGIS ------------------------------------------------------------------------------------------------------
if [[ $PGHOST == 127.0.0.1 && $PGPORT == 55432 ]]; then
  scripts/postgis-dev.sh start > /dev/null
fi
if ! psql -X -At -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$PGDATABASE'" | grep -q 1; then
  log "creating database $PGDATABASE"
  source bench/tools/superuser.sh
  as_superuser -d postgres -c "CREATE DATABASE $PGDATABASE OWNER $PGUSER"
  as_superuser -d "$PGDATABASE" -c "CREATE EXTENSION postgis"
fi
# Parallel plans were much slower on 2 cores (issue 5); set for every client of this database: SIT, MapServer, pgbench.
q -c "ALTER DATABASE $PGDATABASE SET max_parallel_workers_per_gather = 0"

# --- SIT ----------------------------------------------------------------------------------------------------------
PIDS=()
cleanup() {
  [[ -n ${RSS_SAMPLER:-} ]] && kill "$RSS_SAMPLER" 2> /dev/null || true
  local pid children=()
  # lighttpd leaves the mapserv processes it spawned running: stop them by their ids.
  [[ -n ${LIGHTTPD_PID:-} ]] && mapfile -t children < <(pgrep -P "$LIGHTTPD_PID" || true)
  for pid in "${PIDS[@]}" "${children[@]}"; do kill "$pid" 2> /dev/null || true; done
  # mapserv's FastCGI loop only notices SIGTERM at its next request: make sure they are gone.
  if (( ${#children[@]} )); then
    sleep 1
    for pid in "${children[@]}"; do kill -9 "$pid" 2> /dev/null || true; done
  fi
}
trap cleanup EXIT
[[ -f $SIT_JAR ]] || { log "building $SIT_JAR"; ./mvnw -q -B -DskipTests package; }
cp "$SIT_JAR" "$WORK/sit.jar"   # a later build may rewrite target/sit.jar under the running server
log "starting SIT on :$SIT_PORT (heap $SIT_HEAP, database $PGDATABASE; first start loads the national communes)"
(cd "$WORK" && exec env SIT_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE" SIT_DB_USER="$PGUSER" \
  SIT_DB_PASSWORD="$PGPASSWORD" SIT_SEED_NATIONAL=true SIT_SEED_INVESTMENTS=0 PORT="$SIT_PORT" \
  SIT_TILE_CACHE_MB="${TILE_CACHE_MB:-0}" \
  SIT_ADMIN_PASSWORD="bench-admin-$RANDOM$RANDOM" java "-Xmx$SIT_HEAP" -jar "$WORK/sit.jar" > "$WORK/sit.log" 2>&1) &
SIT_PID=$!
PIDS+=("$SIT_PID")
for _ in $(seq 1 240); do
  curl -fs -o /dev/null "$SIT/conformance?f=json" && break
  kill -0 "$SIT_PID" 2> /dev/null || die "SIT stopped; see $WORK/sit.log"
  sleep 1
done
curl -fs -o /dev/null "$SIT/conformance?f=json" || die "SIT did not start; see $WORK/sit.log"
[[ $(q -c "SELECT count(*) FROM territory WHERE nivel = 'comuna'") == 345 ]] \
  || die "expected the 345 national communes (SIT_SEED_NATIONAL) in $PGDATABASE"

load_points() {  # load_points N: (re)generate N points unless the database holds exactly them
  local n=$1 have
  have=$(q -c "SELECT count(*) FILTER (WHERE fuente_datos LIKE '%semilla $SEED)%') || '/' || count(*) || '/' || (SELECT count(*) FROM investment_unit_share WHERE nivel = 'comuna') FROM investment_project")
  if [[ $have == "$n/$n/$n" ]]; then
    log "database already holds the $n points of seed $SEED"
  else
    log "generating $n points (seed $SEED)"
    local t0=$SECONDS
    q -v points="$n" -v seed="$SEED" -f bench/sql/generate.sql > /dev/null
    log "generated $n points in $((SECONDS - t0)) s"
  fi
}
load_points "$POINTS"

# --- MapServer ----------------------------------------------------------------------------------------------------
for f in sit.map mapserver.conf lighttpd.conf; do
  sed -e "s#@WORK@#$WORK#g" -e "s#@MS_PORT@#$MS_PORT#g" -e "s#@MS_PROCS@#$MS_PROCS#g" \
    -e "s#@PG_CONN@#host=$PGHOST port=$PGPORT dbname=$PGDATABASE user=$PGUSER password=$PGPASSWORD#g" \
    "bench/mapserver/$f.in" > "$WORK/$f"
done
log "starting MapServer $(mapserv -v | head -1 | cut -d' ' -f3) behind lighttpd on :$MS_PORT ($MS_PROCS FastCGI processes)"
lighttpd -D -f "$WORK/lighttpd.conf" > "$WORK/lighttpd.out" 2>&1 &
LIGHTTPD_PID=$!
PIDS+=("$LIGHTTPD_PID")
for _ in $(seq 1 30); do
  curl -fs -o /dev/null "$MS/ms/sit/ogcapi/collections?f=json" && break
  sleep 0.5
done
curl -fs -o /dev/null "$MS/ms/sit/ogcapi/collections?f=json" || die "MapServer does not answer; see $WORK/*.log"

# --- requests -----------------------------------------------------------------------------------------------------
find_bbox() {  # find_bbox TARGET: the square around the centre holding TARGET points (all, when fewer exist)
  # A point is in the square of half width h when max(|dx|, |dy|) <= h: take h halfway between the TARGET-th and
  # the next of those distances.
  q -c "WITH d AS (SELECT greatest(abs(ST_X(geom) - $CX), abs(ST_Y(geom) - $CY)) AS d FROM investment_project),
             k AS (SELECT d FROM d ORDER BY d LIMIT 2 OFFSET $1 - 1),
             h AS (SELECT CASE WHEN count(*) = 2 THEN avg(d) ELSE (SELECT max(d) FROM d) + 1e-6 END AS h FROM k)
        SELECT format('%s,%s,%s,%s', round(($CX - h)::numeric, 6), round(($CY - h)::numeric, 6),
                      round(($CX + h)::numeric, 6), round(($CY + h)::numeric, 6)) FROM h"
}
tile_of() {  # tile_of Z: "x y w s e n" of the tile holding the centre, with SIT's buffered box (TileCoordinates)
  python3 - "$1" "$CX" "$CY" << 'EOF'
import math, sys
z, lon, lat = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
n = 2 ** z
x = int((lon + 180) / 360 * n)
y = int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n)
m = 64 / 4096
lonf = lambda c: c / n * 360 - 180
latf = lambda r: math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * r / n))))
print(x, y, max(-180, lonf(x - m)), latf(y + 1 + m), min(180, lonf(x + 1 + m)), latf(y - m))
EOF
}

declare -A SIT_PATH MS_PATH PG_SCRIPT PG_ARGS BBOX TILE
read -ra KINDS <<< "${KINDS:-bbox-1k bbox-10k commune mvt-z7 mvt-z10 indicator}"
plan_requests() {  # the URLs and pgbench variables of every request, for the data now loaded
  for target in 1000 10000; do
    kind=bbox-$((target / 1000))k
    BBOX[$kind]=$(find_bbox "$target")
    IFS=, read -r minx miny maxx maxy <<< "${BBOX[$kind]}"
    SIT_PATH[$kind]="/collections/proyectos-inversion/items?bbox=${BBOX[$kind]}&limit=10000"
    MS_PATH[$kind]="/ms/sit/ogcapi/collections/proyectos-inversion/items?f=json&bbox=${BBOX[$kind]}&limit=10000"
    PG_SCRIPT[$kind]=items-bbox.sql
    PG_ARGS[$kind]="minx=$minx miny=$miny maxx=$maxx maxy=$maxy lim=10000"
  done
  SIT_PATH[commune]="/collections/comunas/items/$COMMUNE"
  MS_PATH[commune]="/ms/sit/ogcapi/collections/comunas/items/$COMMUNE?f=json"
  PG_SCRIPT[commune]=commune.sql
  PG_ARGS[commune]="cut=$COMMUNE"
  for z in 7 10; do
    read -r x y w s e n <<< "$(tile_of "$z")"
    TILE[$z]="$x $y"
    SIT_PATH[mvt-z$z]="/tiles/proyectos-inversion/$z/$x/$y.mvt"
    MS_PATH[mvt-z$z]="/ms/?map=sit&mode=tile&tilemode=gmap&tile=$x+$y+$z&layers=proyectos-inversion&map.imagetype=mvt"
    PG_SCRIPT[mvt-z$z]=tile.sql
    PG_ARGS[mvt-z$z]="z=$z x=$x y=$y w=$w s=$s e=$e n=$n"
  done
  SIT_PATH[indicator]="/api/indicators?nivel=comuna"
  MS_PATH[indicator]=""
  PG_SCRIPT[indicator]=indicator.sql
  PG_ARGS[indicator]=""
}
plan_requests

pg_vars() { local a out=(); for a in $1; do out+=("$2" "$a"); done; printf '%s\n' "${out[@]}"; }
raw_output() {  # raw_output KIND FILE: the pgbench script's result, run once through psql
  local vars=()
  mapfile -t vars < <(pg_vars "${PG_ARGS[$1]}" -v)
  q "${vars[@]}" -f "bench/pgbench/${PG_SCRIPT[$1]}" > "$2"
}

# --- checks before timing -----------------------------------------------------------------------------------------
log "checking that SIT, MapServer and raw PostGIS return the same features ($POINTS points)"
CHECKS=$WORK/checks.txt
: > "$CHECKS"
ok=1
for kind in bbox-1k bbox-10k; do
  curl -fs "$SIT${SIT_PATH[$kind]}" > "$WORK/$kind.sit.json"
  curl -fs "$MS${MS_PATH[$kind]}" > "$WORK/$kind.ms.json"
  raw_output "$kind" "$WORK/$kind.raw.json"
  printf '%s (bbox %s): ' "$kind" "${BBOX[$kind]}" >> "$CHECKS"
  python3 bench/tools/bench.py items "$WORK/$kind.sit.json" "$WORK/$kind.ms.json" "$WORK/$kind.raw.json" \
    >> "$CHECKS" || ok=0
done
curl -fs "$SIT${SIT_PATH[commune]}" > "$WORK/commune.sit.json"
curl -fs "$MS${MS_PATH[commune]}" > "$WORK/commune.ms.json"
raw_output commune "$WORK/commune.raw.json"
printf 'commune %s: ' "$COMMUNE" >> "$CHECKS"
python3 bench/tools/bench.py feature "$WORK/commune.sit.json" "$WORK/commune.ms.json" "$WORK/commune.raw.json" \
  >> "$CHECKS" || ok=0
for z in 7 10; do
  kind=mvt-z$z
  read -r x y <<< "${TILE[$z]}"
  curl -fs "$SIT${SIT_PATH[$kind]}" > "$WORK/$kind.sit.mvt"
  curl -fs "$MS${MS_PATH[$kind]}" > "$WORK/$kind.ms.mvt"
  raw_output "$kind" "$WORK/$kind.raw.hex"
  buffered=$(q -c "SELECT count(*) FROM investment_project WHERE ST_Intersects(ST_Transform(geom, 3857), ST_TileEnvelope($z, $x, $y, margin => 64.0 / 4096))")
  inside=$(q -c "SELECT count(*) FROM investment_project WHERE ST_Intersects(ST_Transform(geom, 3857), ST_TileEnvelope($z, $x, $y))")
  printf '%s (tile %s/%s/%s): ' "$kind" "$z" "$x" "$y" >> "$CHECKS"
  python3 bench/tools/bench.py tiles "$WORK/$kind.sit.mvt" "$WORK/$kind.ms.mvt" "$WORK/$kind.raw.hex" \
    "$buffered" "$inside" >> "$CHECKS" || ok=0
done
curl -fs "$SIT${SIT_PATH[indicator]}" > "$WORK/indicator.sit.json"
sit_ind=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); r=d['filas']; print(len(r), sum(x['proyectos'] for x in r), round(sum(x['total_clp'] for x in r)))" "$WORK/indicator.sit.json")
raw_ind=$(q -c "SELECT (SELECT count(*) FROM territory WHERE nivel = 'comuna'), (SELECT count(DISTINCT project_id) FROM investment_territory s JOIN investment_amount a USING (project_id) WHERE a.anio BETWEEN 2003 AND 2026), (SELECT round(sum(a.programado_clp * s.share)::numeric) FROM investment_territory s JOIN investment_amount a USING (project_id) WHERE a.anio BETWEEN 2003 AND 2026)" | tr '|' ' ')
printf 'indicator: SIT %s, raw SQL %s (communes, projects, total CLP); MapServer: no equivalent; %s\n' \
  "$sit_ind" "$raw_ind" "$([[ $sit_ind == "$raw_ind" ]] && echo same || echo MISMATCH)" >> "$CHECKS"
[[ $sit_ind == "$raw_ind" ]] || ok=0
cat "$CHECKS" >&2
(( ok )) || die "the targets disagree (see above); not timing"

# --- timing -------------------------------------------------------------------------------------------------------
run_wrk() {  # run_wrk BASE PATH CONNS SECONDS -> req/s, or n/a when any answer was not 2xx
  local out
  out=$(wrk -t "$3" -c "$3" -d "${4}s" --timeout 60s -s bench/wrk/report.lua "$1$2" | grep WRK_RESULT) || true
  python3 -c "
import sys
_, n, us, errors, status, _bytes = sys.argv[1].split()
print('n/a' if int(errors) or int(status) else '%.3f' % (int(n) / (int(us) / 1e6)))" "${out:-WRK_RESULT 0 1 1 0 0}"
}
run_pgbench() {  # run_pgbench KIND CONNS SECONDS -> transactions (script runs)/s
  local vars=()
  mapfile -t vars < <(pg_vars "${PG_ARGS[$1]}" -D)
  pgbench -n -M prepared -c "$2" -j "$2" -T "$3" "${vars[@]}" -f "bench/pgbench/${PG_SCRIPT[$1]}" 2>&1 \
    | awk '/^tps = / { printf "%.3f\n", $3; found = 1 } END { if (!found) print "n/a" }'
}
sample_rss() {  # sample_rss FILE: SIT's resident set size in kB, twice a second
  while kill -0 "$SIT_PID" 2> /dev/null; do
    ps -o rss= -p "$SIT_PID" >> "$1" 2> /dev/null || true
    sleep 0.5
  done
}
max_rss_mb() { sort -n "$1" | tail -1 | awk '{ printf "%.0f", $1 / 1024 }'; }

log "warm-up (2 s per request and target)"
for kind in "${KINDS[@]}"; do
  run_wrk "$SIT" "${SIT_PATH[$kind]}" 2 2 > /dev/null
  [[ -n ${MS_PATH[$kind]} ]] && run_wrk "$MS" "${MS_PATH[$kind]}" 2 2 > /dev/null
  run_pgbench "$kind" 2 2 > /dev/null
done

RSS_FILE=$WORK/rss-$POINTS.txt
: > "$RSS_FILE"
sample_rss "$RSS_FILE" &
RSS_SAMPLER=$!
printf '# round\trequest\tconnections\ttarget\treq/s\n' > "$TSV"
total=$(( ROUNDS * ${#KINDS[@]} * $(wc -w <<< "$CONNECTIONS") ))
step=0
for round in $(seq 1 "$ROUNDS"); do
  for kind in "${KINDS[@]}"; do
    for c in $CONNECTIONS; do
      step=$((step + 1))
      sit=$(run_wrk "$SIT" "${SIT_PATH[$kind]}" "$c" "$DURATION")
      ms=n/a
      [[ -n ${MS_PATH[$kind]} ]] && ms=$(run_wrk "$MS" "${MS_PATH[$kind]}" "$c" "$DURATION")
      raw=$(run_pgbench "$kind" "$c" "$DURATION")
      printf '%s\t%s\t%s\tSIT\t%s\n%s\t%s\t%s\tMapServer\t%s\n%s\t%s\t%s\traw PostGIS\t%s\n' \
        "$round" "$kind" "$c" "$sit" "$round" "$kind" "$c" "$ms" "$round" "$kind" "$c" "$raw" >> "$TSV"
      log "[$step/$total] round $round $kind c=$c: SIT $sit, MapServer $ms, raw $raw req/s"
    done
  done
done
kill "$RSS_SAMPLER" 2> /dev/null || true
RSS_SAMPLER=
RSS_MAIN=$(max_rss_mb "$RSS_FILE")

# --- RSS while serving RSS_POINTS ---------------------------------------------------------------------------------
RSS_LINE=""
if (( RSS_POINTS > 0 )); then
  RSS_BIG=$WORK/rss-$RSS_POINTS.txt
  : > "$RSS_BIG"
  sample_rss "$RSS_BIG" &
  RSS_SAMPLER=$!
  load_points "$RSS_POINTS"
  RSS_LOAD=$(max_rss_mb "$RSS_BIG")
  plan_requests
  log "bboxes for $RSS_POINTS points: ${BBOX[bbox-1k]} and ${BBOX[bbox-10k]} (1,000 and 10,000 points)"
  log "serving $RSS_POINTS points: every SIT request at 4 connections for $RSS_DURATION s each, sampling RSS"
  for kind in "${KINDS[@]}"; do
    log "  $kind: $(run_wrk "$SIT" "${SIT_PATH[$kind]}" 4 "$RSS_DURATION") req/s"
  done
  kill "$RSS_SAMPLER" 2> /dev/null || true
  RSS_SAMPLER=
  RSS_LINE="SIT RSS, max: $RSS_LOAD MB while $RSS_POINTS points were loaded, $(max_rss_mb "$RSS_BIG") MB after serving them at 4 connections (heap -Xmx$SIT_HEAP; target ≤ 768 MB)."
fi

# --- report -------------------------------------------------------------------------------------------------------
{
  echo "# SIT serving benchmark, $STAMP"
  echo
  echo "$POINTS illustrative investment points (seed $SEED), 345 communes; $ROUNDS rounds of $DURATION s per request,"
  echo "target and connection count, interleaved (SIT, MapServer, raw PostGIS). req/s: median [min..max] over rounds."
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo); $(psql -X -At -c 'SELECT version()' | cut -d, -f1);"
  echo "PostGIS $(q -c 'SELECT postgis_lib_version()'); MapServer $(mapserv -v | head -1 | cut -d' ' -f3) + $(lighttpd -v | head -1 | cut -d' ' -f1) ($MS_PROCS FastCGI processes);"
  echo "$(wrk -v 2>&1 | head -1 | cut -d' ' -f1,2); $(java -version 2>&1 | head -1); SIT heap -Xmx$SIT_HEAP, tile cache ${TILE_CACHE_MB:-0} MB; max_parallel_workers_per_gather = 0."
  echo
  echo "Checks before timing:"
  echo
  sed 's/^/- /' "$CHECKS"
  echo
  python3 bench/tools/bench.py summarize "$TSV"
  echo
  echo "SIT RSS, max while timing $POINTS points: $RSS_MAIN MB."
  [[ -n $RSS_LINE ]] && echo "$RSS_LINE"
  echo
  echo "Raw PostGIS = pgbench -M prepared with bench/pgbench/*.sql (the database renders the answer; no HTTP)."
  echo "MapServer has no per-commune indicator; its tiles carry the points inside the tile, not those in the edge buffer."
} > "$REPORT"
cat "$REPORT"
log "written $REPORT and $TSV"
