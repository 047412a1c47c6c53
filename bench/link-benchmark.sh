#!/usr/bin/env bash
# Links generated points and lines to Chile's communes with SIT (JTS) and with the PostGIS SQL join, in one run,
# and prints the times and ratios. Usage: bench/link-benchmark.sh [points] [lines] [seed]
# PostGIS: SIT_BENCH_POSTGIS_URL, or the local server of scripts/postgis-dev.sh (started if needed).
set -euo pipefail
cd "$(dirname "$0")/.."
points=${1:-1000000}
lines=${2:-100000}
seed=${3:-2026}
if [[ -z "${SIT_BENCH_POSTGIS_URL:-}" ]]; then
  eval "$(scripts/postgis-dev.sh | grep '^SIT_' | sed 's/^/export /')"
  SIT_BENCH_POSTGIS_URL="$SIT_TEST_POSTGIS_URL"
fi
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
exec java -Xmx6g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  cl.sit.bench.LinkBenchmark "$points" "$lines" "$seed" "$SIT_BENCH_POSTGIS_URL"
