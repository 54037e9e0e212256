#!/usr/bin/env bash
# The designer's canvas in Chromium, on demand: opens a 2,000-table and a 500-table project in the
# packaged jar, pans and zooms the 500-table one, BENCH_RUNS times (default 5), and prints each
# figure and the medians (first paint of the canvas; frames per second while panning and zooming),
# with the machine's load before and after. The build runs the same benchmark once
# (DesignerCanvasBenchmarkIT) and asserts only that it measured; nothing here asserts a duration.
#
# Usage: scripts/designer-canvas-benchmark.sh         (BENCH_RUNS=5)
# Needs: /usr/bin/chromium, node, the local PostgreSQL (or what test-support finds), Maven's cache.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${BENCH_RUNS:-5}
echo "load before: $(uptime)"
mvn -B -o -pl bootstrap -am verify \
  -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=DesignerCanvasBenchmarkIT -Dfailsafe.failIfNoSpecifiedTests=false \
  -Ddbkeep.benchmark.runs="$RUNS" | grep -E 'Tests run|BUILD|ERROR' || true
# Failsafe keeps the test's output in its report directory.
sed -n '/^Designer canvas benchmark/,$p' \
  bootstrap/target/failsafe-reports/io.dbkeep.bootstrap.designer.DesignerCanvasBenchmarkIT-output.txt
echo "load after: $(uptime)"
