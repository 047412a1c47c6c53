#!/usr/bin/env bash
# Investment at national scale (issue 13): PROJECTS projects (points, lines, polygons) in the national communes,
# written through SIT's own import API in batches of BATCH rows (checks, commune links, memberships, screening and
# overlaps at write time), then the reads the issue sets targets for, each beside its baseline of the same run:
#   - GET /api/indicators?level=commune against the hand-written SQL of the same figures (PostGIS: psql);
#   - the profile JSON of a commune and of a region, and the other requests of their profile pages: the first page (8)
#     of screening, overlaps and reconciliation, the count of coincidences: milliseconds (median of REPEAT), bytes;
#   - the profile page in headless Chromium (through chromedriver): time until every box is filled, bytes moved, and
#     its slowest request;
#   - the map in headless Chromium, first with an empty browser cache, then again (after SIT has made its first view
#     ahead: the reads wait for it), and the project search by name and by BIP code;
#   - SIT's RSS while importing and after.
# Prints a Markdown report (also written to bench/results/).
#
# Settings (environment):
#   STORE=postgis | h2   PROJECTS=1000000   BATCH=100000   REPEAT=10   SEED=13
#   COMMUNE=13101 (Santiago) REGION=13   SIT_PORT=18097 SIT_HEAP=640m SIT_JAVA_OPTS=-XX:+UseParallelGC
#   SIT_JAR=target/sit.jar
#   BENCH_WORK=/tmp/sit-scale-work BENCH_RESULTS=bench/results BENCH_DB=sit_scale (PostGIS; recreated)
#   BENCH_CSV=dir  reuse the part-*.csv files of an earlier run (same PROJECTS, BATCH, SEED) instead of generating
# Targets (issue 13): indicators <= 1.5x its SQL; profile JSON and first pages <= 300 ms; profile page < 2 s;
# 100,000 rows imported in < 90 s; RSS <= 1 GB; the map's first render < 2 s and < 3 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
STORE=${STORE:-postgis}
PROJECTS=${PROJECTS:-1000000}
BATCH=${BATCH:-100000}
REPEAT=${REPEAT:-10}
SEED=${SEED:-13}
COMMUNE=${COMMUNE:-13101}
REGION=${REGION:-13}
SIT_PORT=${SIT_PORT:-18097}
export SIT_HEAP=${SIT_HEAP:-640m}
export SIT_JAVA_OPTS=${SIT_JAVA_OPTS--XX:+UseParallelGC}
# Two glibc malloc arenas, as docs/operations.md recommends for deployments (H2 at 1,000,000: RSS peak 1,051 → 1,030 MB).
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
SIT_JAR=${SIT_JAR:-target/sit.jar}
WORK=${BENCH_WORK:-/tmp/sit-scale-work}
SIT=http://127.0.0.1:$SIT_PORT
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=${BENCH_RESULTS:-$ROOT/bench/results}
REPORT=$RESULTS/$STAMP-scale-$STORE-$PROJECTS.md
ADMIN_PASSWORD="escala-$RANDOM$RANDOM-admin"

log() { printf '[scale %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
for tool in python3 java curl chromedriver; do command -v "$tool" > /dev/null || die "missing $tool"; done
rm -rf "$WORK" && mkdir -p "$WORK/csv" "$RESULTS"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

source bench/tools/sit.sh
setup_store sit_scale
# SIT_BASE_URL as the README asks of a deployment: every request then has one public origin, and the pages SIT keeps
# encoded (and warms at start) serve every visitor, not only those who reach it by the same host name.
start_sit SIT_SEED_INVESTMENTS=0 SIT_SEED_NATIONAL=true SIT_BASE_URL="$SIT"
rss() { ps -o rss= -p "$SIT_PID" | tr -d ' '; }

curl -fs "$SIT/collections/comunas/items?limit=1000&f=json" > "$WORK/communes.geojson"
log "writing $PROJECTS projects in batches of $BATCH"
if [[ -n ${BENCH_CSV:-} ]]; then
  # Files written by an earlier run with the same PROJECTS, BATCH and SEED (generating 1,000,000 rows takes 10 min).
  cp "$BENCH_CSV"/part-*.csv "$WORK/csv/"
else
  python3 bench/tools/scale.py csv "$WORK/communes.geojson" "$PROJECTS" "$BATCH" "$WORK/csv" "$SEED"
fi

: > "$WORK/imports.tsv"
peak=0
for part in "$WORK"/csv/part-*.csv; do
  ( while kill -0 "$SIT_PID" 2> /dev/null; do ps -o rss= -p "$SIT_PID"; sleep 1; done ) > "$WORK/rss.txt" &
  sampler=$!
  t0=$(date +%s.%N)
  code=$(curl -s -o "$WORK/import.json" -w '%{http_code}' -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: text/csv' \
    --data-binary "@$part" "$SIT/api/investments/import")
  t1=$(date +%s.%N)
  kill "$sampler" 2> /dev/null || true
  [[ $code == 201 ]] || die "importing $part answered $code: $(head -c 600 "$WORK/import.json")"
  part_peak=$(sort -n "$WORK/rss.txt" | tail -1)
  (( part_peak > peak )) && peak=$part_peak
  rows=$(( $(wc -l < "$part") - 1 ))
  secs=$(python3 -c "print(round($t1 - $t0, 1))")
  printf '%s\t%s\t%s\n' "$rows" "$secs" "$part_peak" >> "$WORK/imports.tsv"
  log "imported $(basename "$part"): $rows rows in $secs s (RSS peak $((part_peak / 1024)) MB)"
done

# SIT makes the map's first view again after projects change (investment/MapWarmer, every SIT_TILE_WARM_SECONDS):
# wait for it, so that the reads below are measured alone and the map as a visitor finds it some minutes after an
# import (at 1,000,000 projects: 1.5 min on H2, less on PostGIS).
made=$(grep -c 'Investment map made ahead' "$WORK/sit.log" || true)
for _ in $(seq 1 600); do
  (( $(grep -c 'Investment map made ahead' "$WORK/sit.log" || true) > made )) && break
  [[ ${SIT_TILE_WARM_SECONDS:-10} == 0 ]] && break
  sleep 1
done
log "$(grep 'Investment map made ahead' "$WORK/sit.log" | tail -1 | sed 's/.*: Investment/Investment/')"

t() { python3 bench/tools/scale.py time "$SIT$1" "$REPEAT"; }
: > "$WORK/reads.tsv"
# The profile page's own requests (ficha.js) for the commune and the region.
for path in "/api/indicators?nivel=comuna" "/api/territories/$COMMUNE/profile" "/api/territories/$REGION/profile" \
    "/api/screening?margen_m=1000&territorio=$COMMUNE&limit=8" "/api/overlaps?territorio=$COMMUNE&limit=8" \
    "/api/overlaps/coincidencias?territorio=$COMMUNE&limit=1" \
    "/api/investments/reconciliation?territorio=$COMMUNE&limit=8" \
    "/api/screening?margen_m=1000&territorio=$REGION&limit=8" "/api/overlaps?territorio=$REGION&limit=8" \
    "/api/overlaps/coincidencias?territorio=$REGION&limit=1" \
    "/api/investments/reconciliation?territorio=$REGION&limit=8"; do
  printf '%s\t%s\n' "$path" "$(t "$path")" >> "$WORK/reads.tsv"
  log "GET $path: $(tail -1 "$WORK/reads.tsv" | cut -f2)"
done

sql_ms="n/a"
if [[ $STORE == postgis ]]; then
  # The figures of /api/indicators?level=commune (2003-2026, programado) by hand, over the same tables: amounts per
  # commune and year, projects per commune, and the part outside every commune. The three timings are summed.
  cat > "$WORK/indicator.sql" << 'SQL'
\timing on
SELECT u.unidad, a.anio, SUM(a.programado_clp * u.share)
FROM investment_unit_share u JOIN investment_amount a ON a.project_id = u.project_id
WHERE u.nivel = 'comuna' AND a.anio BETWEEN 2003 AND 2026 GROUP BY u.unidad, a.anio;
SELECT u.unidad, COUNT(DISTINCT u.project_id)
FROM investment_unit_share u JOIN investment_amount a ON a.project_id = u.project_id
WHERE u.nivel = 'comuna' AND a.anio BETWEEN 2003 AND 2026 GROUP BY u.unidad;
SELECT SUM(a.programado_clp * l.parte_sin_comuna), COUNT(DISTINCT a.project_id)
FROM investment_link l JOIN investment_amount a ON a.project_id = l.project_id
WHERE l.parte_sin_comuna > 0 AND a.anio BETWEEN 2003 AND 2026;
SQL
  for _ in $(seq 0 "$REPEAT"); do
    psql -q -d "$DB" -f "$WORK/indicator.sql" | grep -o 'Time: [0-9.]*' | cut -d' ' -f2 \
      | python3 -c 'import sys; print(sum(float(x) for x in sys.stdin))'
  done | tail -n "$REPEAT" > "$WORK/sql.ms"
  sql_ms=$(python3 -c "import statistics,sys; print(round(statistics.median(float(x) for x in open(sys.argv[1])), 1))" "$WORK/sql.ms")
fi

log "profile pages in headless Chromium"
chromedriver --port=19515 > "$WORK/chromedriver.log" 2>&1 &
driver=$!
trap 'kill $driver 2> /dev/null || true; [[ -n $SIT_PID ]] && kill "$SIT_PID" 2> /dev/null || true' EXIT
sleep 1
page_commune=$(python3 bench/tools/scale.py page http://127.0.0.1:19515 "$SIT/territorios/$COMMUNE" | tail -1)
page_region=$(python3 bench/tools/scale.py page http://127.0.0.1:19515 "$SIT/territorios/$REGION" | tail -1)
# The map: its first visit (nothing in the browser's cache; the server's tiles of the view not made yet, unless the
# profile pages above made them), then the second. Ready when the layers visible at start and the investment
# tiles of the view are drawn.
log "the map in headless Chromium"
python3 bench/tools/scale.py page http://127.0.0.1:19515 "$SIT/" "document.body.dataset.sitReady === 'true' \
&& document.body.dataset.sitInvestmentLoading === 'false'" > "$WORK/map.txt"
# The map's search: a word of many names (the generated names are "<sector> <n>") and a BIP code.
for path in "/api/investments/search?limit=10&q=salud" "/api/investments/search?limit=10&q=40000777-7"; do
  printf '%s\t%s\n' "$path" "$(t "$path")" >> "$WORK/reads.tsv"
done
rss_after=$(rss)

python3 - "$STORE" "$PROJECTS" "$WORK/imports.tsv" "$WORK/reads.tsv" "$sql_ms" "$page_commune" "$page_region" \
  "$peak" "$rss_after" "$(nproc)" "$load_before" "$COMMUNE" "$REGION" "$WORK/map.txt" > "$REPORT" << 'PY'
import sys
store, n, imports, reads, sql_ms, pc, pr, peak, rss, cores, load, commune, region, mapfile = sys.argv[1:15]
n = int(n)
print(f"# SIT at scale ({store}): {n:,} projects in the national communes\n")
import os
print(f"Machine: {cores} cores; load average before the run {load}. "
      f"JVM: -Xmx{os.environ['SIT_HEAP']} {os.environ.get('SIT_JAVA_OPTS', '')}; "
      f"MALLOC_ARENA_MAX={os.environ.get('MALLOC_ARENA_MAX', '')}.\n")
print("## Writing them through the import API\n")
print("| batch | rows | seconds | rows/s | SIT RSS peak MB |\n|---|---|---|---|---|")
for i, line in enumerate(open(imports), 1):
    rows, secs, kb = line.split()
    print(f"| {i} | {int(rows):,} | {float(secs):.1f} | {int(rows) / float(secs):,.0f} | {int(kb) / 1024:.0f} |")
print("\n## Reads (median of the repeats after a warm-up)\n")
print("| request | median ms | min ms | max ms | bytes | status | target |\n|---|---|---|---|---|---|---|")
for line in open(reads):
    path, rest = line.rstrip("\n").split("\t")
    med, lo, hi, size, status = rest.split()
    target = ("≤ 1.5× its SQL" if "indicators" in path else "—" if "search" in path else "≤ 300 ms")
    print(f"| `{path}` | {float(med):.0f} | {float(lo):.0f} | {float(hi):.0f} | {int(size):,} | {status} | {target} |")
    if "indicators" in path and sql_ms != "n/a":
        print(f"| its SQL by hand (psql, same database) | {float(sql_ms):.0f} | | | | | ratio SIT/SQL "
              f"{float(med) / float(sql_ms):.2f}× |")
print("\n## Profile pages in headless Chromium (second visit; until every box is filled)\n")
print("| page | ready ms | bytes moved | requests | slowest request (ms) | target |\n|---|---|---|---|---|---|")
for name, v in ((f"/territorios/{commune}", pc), (f"/territorios/{region}", pr)):
    ms, size, count, slow_ms, slow = v.split(maxsplit=4)
    print(f"| `{name}` | {ms} | {int(size):,} | {count} | `{slow}` ({slow_ms}) | < 2000 ms |")
print("\n## The map in headless Chromium (investment layer from tiles; view of the whole country)\n")
print("| visit | ready ms | bytes moved | requests | slowest request (ms) | target |\n|---|---|---|---|---|---|")
for name, v in zip(("first (empty browser cache)", "second"), open(mapfile).read().splitlines()):
    ms, size, count, slow_ms, slow = v.split(maxsplit=4)
    print(f"| {name} | {ms} | {int(size):,} | {count} | `{slow}` ({slow_ms}) | < 2000 ms, < 3 MB |")
print(f"\nSIT RSS: peak while importing {int(peak) / 1024:.0f} MB, after the reads {int(rss) / 1024:.0f} MB "
      "(target ≤ 1024 MB).")
PY
cat "$REPORT"
log "written $REPORT"
