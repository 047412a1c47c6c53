#!/usr/bin/env bash
# Import benchmark (issue 13): a BIP/BIDAT export of ROWS projects (bench/tools/bip_csv.py: Chilean numbers, stages in
# capitals, points, lines and polygons in Los Ríos) imported through SIT's API on one store, with everything an import
# does (checks, commune links, memberships, screening and overlaps where SIT computes them at write time), then the
# same file again in update mode (every row unchanged). Prints a Markdown report (also written to bench/results/):
# time, rows/s, RSS of SIT while importing and, on PostGIS, the baseline measured in the same run: the same rows
# loaded by hand-written SQL (COPY into a staging table, then one INSERT ... SELECT that parses the numbers, builds the
# geometry and joins the covering commune), which is the least a database must do with this file.
#
# Settings (environment):
#   STORE=h2 | postgis   ROWS=100000   SEED=7   SIT_PORT=18095 SIT_HEAP=1g SIT_JAR=target/sit.jar
#   BENCH_WORK=/tmp/sit-import-work BENCH_RESULTS=bench/results
#   BENCH_DB=sit_import PGHOST=127.0.0.1 PGPORT=55432 PGUSER=sit PGPASSWORD=sit (postgis only; recreated)
# Target (issue 13): 100,000 rows in < 90 s with RSS <= 1 GB.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
STORE=${STORE:-h2}
ROWS=${ROWS:-100000}
SEED=${SEED:-7}
SIT_PORT=${SIT_PORT:-18095}
SIT_HEAP=${SIT_HEAP:-1g}
SIT_JAR=${SIT_JAR:-target/sit.jar}
WORK=${BENCH_WORK:-/tmp/sit-import-work}
SIT=http://127.0.0.1:$SIT_PORT
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=${BENCH_RESULTS:-$ROOT/bench/results}
REPORT=$RESULTS/$STAMP-import-$STORE-$ROWS.md
ADMIN_PASSWORD="import-$RANDOM$RANDOM-admin"

log() { printf '[import %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
for tool in python3 java curl; do command -v "$tool" > /dev/null || die "missing $tool"; done
rm -rf "$WORK" && mkdir -p "$WORK" "$RESULTS"

source bench/tools/sit.sh
setup_store sit_import
log "writing $ROWS rows (seed $SEED)"
python3 bench/tools/bip_csv.py "$ROWS" "$SEED" > "$WORK/bip.csv"
start_sit SIT_SEED_INVESTMENTS=0
java_pid=$SIT_PID
rss_before=$(ps -o rss= -p "$java_pid" | tr -d ' ')

import() {  # import NAME QUERY: POST the file, sample RSS, print "seconds http_code peak_rss_kb"
  local name=$1 query=$2 peak=0 code t0 t1
  ( while kill -0 "$java_pid" 2> /dev/null; do ps -o rss= -p "$java_pid"; sleep 0.5; done ) > "$WORK/$name.rss" &
  local sampler=$!
  t0=$(date +%s.%N)
  code=$(curl -s -o "$WORK/$name.json" -w '%{http_code}' -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: text/csv' \
    --data-binary "@$WORK/bip.csv" "$SIT/api/investments/import$query")
  t1=$(date +%s.%N)
  kill "$sampler" 2> /dev/null || true
  peak=$(sort -n "$WORK/$name.rss" | tail -1)
  echo "$(python3 -c "print(round($t1 - $t0, 2))") $code ${peak:-0}"
}
log "import 1: $ROWS new rows"
read -r t_new code_new rss_new <<< "$(import new "")"
[[ $code_new == 201 ]] || die "the import answered $code_new: $(head -c 600 "$WORK/new.json")"
log "import 1 took $t_new s; import 2: the same file in update mode"
read -r t_upd code_upd rss_upd <<< "$(import update "?modo=actualizar")"
[[ $code_upd == 200 || $code_upd == 201 ]] || die "the update answered $code_upd: $(head -c 600 "$WORK/update.json")"
matched=$(curl -fs "$SIT/collections/proyectos-inversion/items?limit=1&f=json" \
  | python3 -c "import json,sys; print(json.load(sys.stdin)['numberMatched'])")
[[ $matched == "$ROWS" ]] || die "the collection holds $matched projects, not $ROWS"

t_raw="n/a"
if [[ $STORE == postgis ]]; then
  log "baseline: the same rows by hand-written SQL (COPY + one INSERT ... SELECT with the commune join)"
  t0=$(date +%s.%N)
  psql -q -d "$DB" -v ON_ERROR_STOP=1 > /dev/null << SQL
CREATE TEMP TABLE bip (codigo text, nombre text, programa text, sector text, etapa text, estado text, costo text,
                       cut text, desde int, hasta int, lon text, lat text, wkt text);
\copy bip FROM '$WORK/bip.csv' WITH (FORMAT csv, HEADER true, DELIMITER ';')
CREATE TEMP TABLE raw_project AS
SELECT b.codigo, b.nombre, b.programa, b.sector, lower(b.etapa) AS etapa,
       replace(b.costo, '.', '')::bigint * 1000 AS costo_clp, b.desde, b.hasta,
       CASE WHEN b.wkt IS NULL OR b.wkt = '' THEN ST_SetSRID(ST_MakePoint(replace(b.lon, ',', '.')::float8,
                 replace(b.lat, ',', '.')::float8), 4326)
            ELSE ST_GeomFromText(b.wkt, 4326) END AS geom
FROM bip b;
CREATE TEMP TABLE raw_link AS
SELECT r.codigo, t.cut FROM raw_project r JOIN territory t ON t.nivel = 'comuna' AND ST_Intersects(t.geom, r.geom);
SQL
  t1=$(date +%s.%N)
  t_raw=$(python3 -c "print(round($t1 - $t0, 2))")
fi

python3 - "$STORE" "$ROWS" "$t_new" "$t_upd" "$t_raw" "$rss_before" "$rss_new" "$rss_upd" "$WORK/new.json" \
  "$WORK/update.json" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" > "$REPORT" << 'PY'
import json, sys
store, rows, t_new, t_upd, t_raw, rss0, rss1, rss2, new, upd, cores, load = sys.argv[1:13]
rows = int(rows); t_new = float(t_new); t_upd = float(t_upd)
n = json.load(open(new)); u = json.load(open(upd))
def keys(d):
    return ", ".join(f"{k}: {len(v) if isinstance(v, list) else v}" for k, v in d.items())
print(f"# SIT import benchmark ({store}), {rows:,} BIP rows\n")
print(f"Machine: {cores} cores, load average before the run {load}.\n")
print("| step | seconds | rows/s | SIT RSS peak MB |")
print("|---|---|---|---|")
print(f"| import (new rows) | {t_new:.1f} | {rows / t_new:,.0f} | {int(rss1) / 1024:.0f} |")
print(f"| import again, `modo=actualizar` (all unchanged) | {t_upd:.1f} | {rows / t_upd:,.0f} | {int(rss2) / 1024:.0f} |")
if t_raw != "n/a":
    print(f"| baseline: COPY + INSERT … SELECT + commune join in SQL | {float(t_raw):.1f} | {rows / float(t_raw):,.0f} | — |")
    print(f"\nSIT's import takes {t_new / float(t_raw):.1f}× the hand-written SQL load of the same rows.")
print(f"\nRSS at start {int(rss0) / 1024:.0f} MB. Target (issue 13): 100,000 rows in < 90 s, RSS ≤ 1 GB: "
      f"{'met' if rows >= 100_000 and t_new < 90 and int(rss1) <= 1024 * 1024 else 'see the figures'}.")
print(f"\nAnswers: new → {keys(n)}; update → {keys(u)}.")
PY
cat "$REPORT"
log "written $REPORT"
