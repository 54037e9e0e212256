#!/usr/bin/env bash
# Resident memory of the server started exactly as the README says (`java -jar dbkeep.jar`), under
# the designer's save load: a 500-table project (~0.75 MB) saved by wrk -c16 (PUT), then read
# (GET). Prints VmRSS and VmHWM (peak) from /proc/<pid>/status for the process started and for the
# bounded JVM it serves from (ADR 0105), and the start time to the first 200 from /health/ready.
#
# Usage: scripts/memory-under-save-load.sh   (BENCH_SECONDS=20 BENCH_CONNECTIONS=16 BENCH_TABLES=500;
#        BENCH_JAR=path/to/other.jar measures another build)
# Extra JVM options for the started process: JAVA_OPTS (e.g. JAVA_OPTS=-Xmx2g to compare unbounded).
# Needs: the local PostgreSQL (postgres@127.0.0.1:5432), wrk, psql, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/lib/save-bench.sh

SECONDS_EACH=${BENCH_SECONDS:-20}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
TABLES=${BENCH_TABLES:-500}
JAR=${BENCH_JAR:-bootstrap/target/dbkeep.jar}

[ -f "$JAR" ] || mvn -B -q package -DskipTests
bench_init dbkeep_bench_memory "${BENCH_PORT:-18097}" dbkeep-memory

# 13 columns a table, each but the id and the reference with a comment: a little more than the
# save-path benchmark's document.
bench_document "$TABLES" 12 comments >"$WORK/document.json"
bench_body "$WORK/document.json" >"$WORK/body.json"

# the default DBKEEP_HOME: a class-data archive of an earlier run is used, as a person's would be
# word splitting of JAVA_OPTS is intended
# shellcheck disable=SC2086
bench_start_server "$JAR" "" ${JAVA_OPTS:-}

ID=$(bench_create_project "$WORK/body.json")
bench_put_lua "$WORK/body.json" >"$WORK/put.lua"

( sleep $((SECONDS_EACH / 2)); for pid in $(pgrep -P "$SERVER_PID"); do jstat -gcutil "$pid" >"$WORK/gc.txt" 2>&1; done ) &
wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" -s "$WORK/put.lua" "$BASE/api/projects/$ID" >"$WORK/put.txt"
wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" "$BASE/api/projects/$ID" >"$WORK/get.txt"
ERRORS=$(cat "$WORK/put.txt" "$WORK/get.txt" | awk '/Non-2xx/ {n += $5} END {print n + 0}')

status() { # pid field → MB
  awk -v f="$2:" '$1 == f {printf "%d", $2 / 1024}' "/proc/$1/status"
}
echo "start → first 200 from /health/ready: ${READY_MS} ms"
echo "PUT: $(awk '/Requests\/sec/ {print $2}' "$WORK/put.txt") req/s, GET: $(awk '/Requests\/sec/ {print $2}' "$WORK/get.txt") req/s (wrk -t1 -c$CONNECTIONS, ${SECONDS_EACH}s each)"
echo "non-2xx answers under the load: $ERRORS (503 = the pool waited longer than its timeout: the machine is saturated)"
TOTAL=0
for pid in $SERVER_PID $(pgrep -P "$SERVER_PID" || true); do
  rss=$(status "$pid" VmRSS); hwm=$(status "$pid" VmHWM)
  TOTAL=$((TOTAL + rss))
  role=$([ "$pid" = "$SERVER_PID" ] && echo "started process" || echo "bounded JVM (child)")
  echo "$role (pid $pid): VmRSS ${rss} MB, VmHWM (peak) ${hwm} MB"
done
echo "resident memory after the load, all processes: ${TOTAL} MB"
if [[ "${JAVA_TOOL_OPTIONS:-}" == *NativeMemoryTracking* ]]; then
  for pid in $(pgrep -P "$SERVER_PID" || echo "$SERVER_PID"); do jcmd "$pid" VM.native_memory summary; done
fi
