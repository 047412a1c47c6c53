#!/usr/bin/env bash
# Regionalization of Chile's 345 communes (SKATER k=16, max-p, neighbour graph, dissolve), timed in one JVM.
# Usage: bench/regionalization/run.sh [runs]   (default 5). Plain Java over JTS: no database needed.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
./mvnw -q -B -o -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  cl.sit.bench.RegionalizationBenchmark data/chile/comunas_chile_bcn_simplificado.geojson "$runs"
