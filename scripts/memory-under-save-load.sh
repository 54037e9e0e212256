#!/usr/bin/env bash
# Resident memory of the server started exactly as the README says (`java -jar dbkeep.jar`), under
# the designer's save load: a 500-table project (~0.75 MB) saved by wrk -c16 (PUT), then read
# (GET). Prints VmRSS and VmHWM (peak) from /proc/<pid>/status for the process started and for the
# bounded JVM it serves from (ADR 0105), and the start time to the first 200 from /health/ready.
#
# Usage: scripts/memory-under-save-load.sh   (BENCH_SECONDS=20 BENCH_CONNECTIONS=16 BENCH_TABLES=500)
# Extra JVM options for the started process: JAVA_OPTS (e.g. JAVA_OPTS=-Xmx2g to compare unbounded).
# Needs: the local PostgreSQL (postgres@127.0.0.1:5432), wrk, psql, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH=${BENCH_SECONDS:-20}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
TABLES=${BENCH_TABLES:-500}
PORT=${BENCH_PORT:-18097}
JAR=bootstrap/target/dbkeep.jar
DB=dbkeep_bench_memory
WORK=$(mktemp -d /tmp/dbkeep-memory.XXXXXX)
SERVER_PID=""

cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "SET client_min_messages = warning" \
    -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -f "$JAR" ] || mvn -B -q package -DskipTests
psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB" >/dev/null

python3 - "$TABLES" >"$WORK/body.json" <<'PY'
import json, sys
n = int(sys.argv[1])
types = ["VARCHAR", "INTEGER", "TEXT", "BOOLEAN", "TIMESTAMP", "DECIMAL", "BIGINT", "DATE"]
tables, relations = [], []
for t in range(n):
    columns = [{"id": f"c{t}_0", "name": "id", "type": "SERIAL", "primaryKey": True, "nullable": False, "unique": True}]
    for c in range(1, 12):
        column = {"id": f"c{t}_{c}", "name": f"column_{c}_of_table_{t}", "type": types[c % len(types)],
                  "primaryKey": False, "nullable": c % 3 == 0, "unique": False, "comment": f"column {c} of table {t}"}
        if column["type"] == "VARCHAR": column["length"] = 120
        if column["type"] == "DECIMAL": column["precision"], column["scale"] = 12, 2
        columns.append(column)
    columns.append({"id": f"c{t}_ref", "name": "previous_id", "type": "INTEGER", "primaryKey": False, "nullable": True, "unique": False})
    tables.append({"id": f"t{t}", "name": f"table_{t}", "color": "#3b82f6", "columns": columns,
                   "position": {"x": (t % 25) * 320, "y": (t // 25) * 420}})
    if t > 0:
        relations.append({"id": f"r{t}", "sourceTableId": f"t{t}", "sourceColumnId": f"c{t}_ref",
                          "targetTableId": f"t{t-1}", "targetColumnId": f"c{t-1}_0", "type": "1:N",
                          "onDelete": "CASCADE", "onUpdate": "NO ACTION"})
doc = {"tables": tables, "relations": relations, "groups": [], "notes": []}
print(json.dumps({"name": "Bench", "engine": "PostgreSQL", "data": doc}))
PY

STARTED=$(date +%s%N)
# word splitting of JAVA_OPTS is intended
DATABASE_URL="postgresql://postgres@127.0.0.1:5432/$DB" HOST=127.0.0.1 PORT=$PORT GUEST_MODE=true \
  RATE_LIMIT_MAX=0 java ${JAVA_OPTS:-} -jar "$JAR" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 2400); do
  curl -sf -o /dev/null "$BASE/health/ready" 2>/dev/null && break
  sleep 0.05
done
READY_MS=$(( ($(date +%s%N) - STARTED) / 1000000 ))
curl -sf "$BASE/health/ready" >/dev/null || { tail -30 "$WORK/server.log"; exit 1; }

ID=$(curl -sf -H 'Content-Type: application/json' --data-binary @"$WORK/body.json" "$BASE/api/projects" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
cat >"$WORK/put.lua" <<LUA
local f = io.open("$WORK/body.json", "rb")
wrk.method = "PUT"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
LUA

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
