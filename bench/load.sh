#!/usr/bin/env bash
# Bounded load test: anonymous heavy reads in parallel with edits, on one store. Reads keep answering and no edit is
# lost, or the script exits 1. See bench/README.md.
#
# One run, three phases on one freshly started SIT:
#   1. baseline: the read mix alone (wrk, READERS connections) for SECONDS;
#   2. load: the same read mix again while bench/load/editors.py edits (EDITORS point writers, one slow writer of
#      2,000-vertex polygons, one pair racing on one feature) for SECONDS;
#   3. checks: every read answered 2xx/3xx within wrk's timeout in both phases; every feature the editors wrote reads
#      back as last written (deleted ones are gone), with one history row per accepted change; exactly one winner in
#      every race; SIT still answers.
# Prints a Markdown report (also written to bench/results/) with the read rate under load as a ratio of the baseline.
#
# Settings (environment):
#   STORE=h2          h2 (embedded, a fresh database in BENCH_WORK) or postgis (database BENCH_DB, recreated)
#   SECONDS_EACH=60   seconds per phase       READERS=4 wrk connections      EDITORS=3 point writers
#   TIMEOUT=10        seconds after which wrk counts a read as failed
#   SIT_PORT=18090 SIT_HEAP=512m SIT_JAR=target/sit.jar BENCH_WORK=/tmp/sit-load-work BENCH_RESULTS=bench/results
#   BENCH_DB=sit_load PGHOST=127.0.0.1 PGPORT=55432 PGUSER=sit PGPASSWORD=sit (postgis only)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
STORE=${STORE:-h2}
SECONDS_EACH=${SECONDS_EACH:-60}
READERS=${READERS:-4}
EDITORS=${EDITORS:-3}
TIMEOUT=${TIMEOUT:-10}
SIT_PORT=${SIT_PORT:-18090}
SIT_HEAP=${SIT_HEAP:-512m}
SIT_JAR=${SIT_JAR:-target/sit.jar}
WORK=${BENCH_WORK:-/tmp/sit-load-work}
SIT=http://127.0.0.1:$SIT_PORT
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=${BENCH_RESULTS:-$ROOT/bench/results}
REPORT=$RESULTS/$STAMP-load-$STORE.md
ADMIN_PASSWORD="carga-$RANDOM$RANDOM-admin"

log() { printf '[load %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
for tool in wrk python3 java curl; do command -v "$tool" > /dev/null || die "missing $tool (apt-get install wrk)"; done
rm -rf "$WORK" && mkdir -p "$WORK" "$RESULTS"

source bench/tools/sit.sh
setup_store sit_load
start_sit

# The read mix: whole layers with large polygons, bbox pages, tiles from region to street, analysis endpoints.
READS=(
  "/collections/comunas/items?limit=100"
  "/collections/areas-protegidas/items?limit=1000"
  "/collections/proyectos-inversion/items?bbox=-73.5,-40.5,-71.5,-39.0&limit=1000"
  "/collections/a21-residuos/items?limit=1000"
  "/tiles/comunas/6/18/39.mvt"
  "/tiles/areas-protegidas/7/37/79.mvt"
  "/tiles/proyectos-inversion/10/303/635.mvt"
  "/api/indicators?level=commune"
  "/api/screening"
  "/api/overlaps"
  "/api/territories/14102/profile"
)
for p in "${READS[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$SIT$p")
  [[ $code == 200 ]] || die "GET $p gave $code before any load"
done

read_phase() {  # read_phase NAME: the read mix for SECONDS_EACH; prints the WRK_MIX line
  wrk -t "$READERS" -c "$READERS" -d "${SECONDS_EACH}s" --timeout "${TIMEOUT}s" -s bench/wrk/mix.lua "$SIT/" \
    -- "${READS[@]}" | grep WRK_MIX > "$WORK/$1.wrk"
  cat "$WORK/$1.wrk"
}
log "phase 1: reads alone, $READERS connections, $SECONDS_EACH s"
read_phase baseline > /dev/null
log "phase 2: the same reads while $EDITORS writers, one slow polygon writer and one racing pair edit, $SECONDS_EACH s"
python3 bench/load/editors.py "$SIT" "$ADMIN_PASSWORD" "$SECONDS_EACH" "$EDITORS" "$WORK/edits.json" \
  > "$WORK/edits.out" 2>&1 &
EDIT_PID=$!
read_phase load > /dev/null
wait "$EDIT_PID" || die "the edit workers failed: $(tail -3 "$WORK/edits.out")"
alive=$(curl -s -o /dev/null -w '%{http_code}' "$SIT/collections/comunas/items?limit=1")
errors=$(grep -c ' ERROR ' "$WORK/sit.log" || true)

status=0
python3 - "$WORK/baseline.wrk" "$WORK/load.wrk" "$WORK/edits.json" "$alive" "$errors" "$STORE" "$READERS" \
  "$SECONDS_EACH" "$EDITORS" > "$REPORT" << 'EOF' || status=$?
import json, sys
edits = json.load(open(sys.argv[3]))
base = open(sys.argv[1]).read().split()
load = open(sys.argv[2]).read().split()
alive, errors, store, readers, seconds, editors = sys.argv[4:10]
def row(name, w):
    n, us, sock, tmo, status, p50, p99, mx, b = (int(x) for x in w[1:])
    return n / (us / 1e6), (f"| {name} | {n / (us / 1e6):.1f} | {p50 / 1000:.0f} | {p99 / 1000:.0f} | {mx / 1000:.0f} "
                             f"| {sock} | {tmo} | {status} | {b / 1e6:.0f} |"), sock + tmo + status
rb, lb, fb = row("reads alone", base)
rl, ll, fl = row("reads while editing", load)
answers = edits["answers"]
server_errors = sum(v for k, v in answers.items() if k.split()[1].startswith("5"))
ok = (fb == 0 and fl == 0 and edits["lost_count"] == 0 and not edits["race_not_exactly_one_winner"]
      and server_errors == 0 and alive == "200")
print(f"# SIT load test ({store}), {readers} read connections, {seconds} s per phase\n")
print("| phase | req/s | p50 ms | p99 ms | max ms | socket errors | timeouts | non-2xx | MB read |")
print("|---|---|---|---|---|---|---|---|---|")
print(lb)
print(ll)
print(f"\nRead rate while editing: **{rl / rb:.2f}×** the baseline of the same run.\n")
print(f"Edits ({editors} point writers, 1 writer of 2,000-vertex polygons, 1 racing pair): {edits['writes_per_s']} "
      f"answers/s, p50 {edits['write_p50_ms']} ms, p99 {edits['write_p99_ms']} ms, max {edits['write_max_ms']} ms.")
print(f"Answers: {', '.join(f'{k}: {v}' for k, v in answers.items())}.")
print(f"Checked {edits['features_checked']} features: {edits['lost_count']} lost or wrong"
      + (f" ({'; '.join(edits['lost'])})" if edits['lost'] else "")
      + f"; {edits['race_rounds']} races, {len(edits['race_not_exactly_one_winner'])} without exactly one winner.")
print(f"After the run SIT answers {alive}; ERROR lines in its log: {errors}.")
print(f"\nVerdict: {'PASS' if ok else 'FAIL'}")
sys.exit(0 if ok else 1)
EOF
cat "$REPORT"
log "written $REPORT"
exit $status
