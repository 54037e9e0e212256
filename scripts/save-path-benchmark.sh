#!/usr/bin/env bash
# The designer's hot path on demand (not part of `mvn -B verify`): GET, PUT and list of a 500-table
# project (~0.75 MB) against the jar started as the README says, next to pgbench running the same
# statements (`SELECT data`, `UPDATE … RETURNING`) on the same row of the same database, in one run.
# Prints requests per second, p99 latency and the ratios, and the server's resident memory.
#
# Also prints the start time (java -jar to the first 200 from /health/ready; START_RUNS starts,
# median and all figures; the first start of a new jar writes the class-data archive, ADR 0106) and
# the resident memory (VmRSS) after the load and its peak (VmHWM) of the started process and of the
# bounded JVM it serves from, and the machine's load average (uptime) before and after.
#
# Usage: scripts/save-path-benchmark.sh   (BENCH_SECONDS=10 BENCH_CONNECTIONS=16 BENCH_TABLES=500 START_RUNS=5
#        WARMUP_GET_SECONDS=10 WARMUP_PUT_SECONDS=180;
#        BENCH_JAR=path/to/other.jar compares another build)
# Needs: the local PostgreSQL (postgres@127.0.0.1:5432), wrk, pgbench, psql, curl, python3.
# Builds bootstrap/target/dbkeep.jar if it is missing. Uses a throw-away database dbkeep_bench_save.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/lib/save-bench.sh

SECONDS_EACH=${BENCH_SECONDS:-10}
WARMUP_GET_SECONDS=${WARMUP_GET_SECONDS:-10}
WARMUP_PUT_SECONDS=${WARMUP_PUT_SECONDS:-180}
START_RUNS=${START_RUNS:-5}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
TABLES=${BENCH_TABLES:-500}
JAR=${BENCH_JAR:-bootstrap/target/dbkeep.jar}

[ -f "$JAR" ] || mvn -B -q package -DskipTests
bench_init dbkeep_bench_save "${BENCH_PORT:-18089}" dbkeep-save-bench

# The document: TABLES tables of 11 columns with positions, a relation from each table to the previous.
bench_document "$TABLES" 10 >"$WORK/document.json"
bench_body "$WORK/document.json" >"$WORK/body.json"

LOAD_BEFORE=$(uptime | sed 's/.*load average: //')

# Started as the README says: java -jar dbkeep.jar, configured by the environment (its own
# DBKEEP_HOME, so the first start has no class-data archive yet). Sets READY_MS: the milliseconds
# to the first 200 from /health/ready.
start_server() { bench_start_server "$JAR" "$WORK/home"; }
stop_server() { bench_stop_server; }

# Start times: START_RUNS starts and stops on the same database, then the start that serves the load.
STARTS=()
for run in $(seq 1 "$START_RUNS"); do
  start_server
  STARTS+=("$READY_MS")
  stop_server
  if [ "$run" = 2 ]; then # the archive is made beside the second start: wait for it (≤ 3 min)
    for _ in $(seq 1 360); do
      compgen -G "$WORK/home/cds/dbkeep-*.jsa" >/dev/null && break
      sleep 0.5
    done
  fi
done
start_server
STARTS+=("$READY_MS")
# the first two starts have no class-data archive yet: the median is of the later ones
START_MEDIAN=$(printf '%s\n' "${STARTS[@]:2}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')

ID=$(bench_create_project "$WORK/body.json")
SIZE=$(curl -sf "$BASE/api/projects/$ID" | wc -c)

bench_put_lua "$WORK/body.json" >"$WORK/put.lua"

# wrk_run NAME PATH [LUA] → "req/s p99ms"
wrk_run() {
  local out
  if [ -n "${3:-}" ]; then
    out=$(wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 30s --latency -s "$3" "$BASE$2")
  else
    out=$(wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 30s --latency "$BASE$2")
  fi
  echo "$out" >"$WORK/wrk-$1.txt"
  if echo "$out" | grep -q "Non-2xx\|Socket errors"; then echo "benchmark: $1 answered errors:" >&2; echo "$out" >&2; exit 1; fi
  local rps p99
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  echo "$rps $p99"
}

# pgbench_run FILE → tps
pgbench_run() {
  pgbench -n -h 127.0.0.1 -U postgres -c "$CONNECTIONS" -j 1 -T "$SECONDS_EACH" -f "$1" "$DB" 2>/dev/null \
    | awk '/^tps/ {printf "%.1f\n", $3; exit}'
}

echo "SELECT data FROM project WHERE id = '$ID';" >"$WORK/select.sql"
python3 - "$WORK/document.json" "$ID" >"$WORK/update.sql" <<'PY'
import sys
doc = open(sys.argv[1]).read().replace("'", "''")
print(f"UPDATE project SET data = '{doc}'::jsonb, version = version + 1, updated_at = now() "
      f"WHERE id = '{sys.argv[2]}' RETURNING id, name, engine, version, updated_at;")
PY

# warm up both sides: the JIT compiles the save path for minutes of saves, not seconds. A save runs
# each request-level method once, and C2 compiles a method after about 5,000 calls, so at 60-80
# saves per second the outer methods of the save are compiled only after 70 s or more, at 100-250
# ms of C2 time each (JFR). C2's CPU per save (scripts/save-cpu-per-request.sh): 4.4 ms after 20 s
# of PUT, 1.0-1.7 ms after 40-60 s, 0.3 ms after 180 s. PUT after 40, 60 and 180 s: 0.74-0.75,
# 0.77-0.81, 0.82-0.85 x pgbench (docs/performance.md, session 8): 180 s is warmed
wrk -t1 -c4 -d"${WARMUP_GET_SECONDS}s" "$BASE/api/projects/$ID" >/dev/null
wrk -t1 -c4 -d"${WARMUP_PUT_SECONDS}s" -s "$WORK/put.lua" "$BASE/api/projects/$ID" >/dev/null
pgbench -n -h 127.0.0.1 -U postgres -c 4 -j 1 -T 3 -f "$WORK/select.sql" "$DB" >/dev/null 2>&1

# Saves still queued when wrk stops are still being served: wait until a list answers quickly.
settle() {
  for _ in $(seq 1 120); do
    local seconds
    seconds=$(curl -s -o /dev/null -w '%{time_total}' "$BASE/api/projects")
    python3 -c "import sys; sys.exit(0 if float('$seconds') < 0.2 else 1)" && return
    sleep 0.5
  done
}

read -r GET_RPS GET_P99 < <(wrk_run get "/api/projects/$ID")
read -r PUT_RPS PUT_P99 < <(wrk_run put "/api/projects/$ID" "$WORK/put.lua")
settle
read -r LIST_RPS LIST_P99 < <(wrk_run list "/api/projects")
SELECT_TPS=$(pgbench_run "$WORK/select.sql")
UPDATE_TPS=$(pgbench_run "$WORK/update.sql")
LOAD_AFTER=$(uptime | sed 's/.*load average: //')
# the started process and the bounded JVM it serves from (ADR 0105), together
status_kb() { awk -v f="$2:" '$1 == f {print $2}' "/proc/$1/status"; }
RSS_KB=0
HWM_KB=0
for pid in "$SERVER_PID" $(pgrep -P "$SERVER_PID" || true); do
  RSS_KB=$(( RSS_KB + $(status_kb "$pid" VmRSS) ))
  HWM_KB=$(( HWM_KB + $(status_kb "$pid" VmHWM) ))
done
RSS_MB=$(( RSS_KB / 1024 ))
HWM_MB=$(( HWM_KB / 1024 ))

ratio() { python3 -c "print(f'{float(\"$1\") / float(\"$2\"):.2f}')"; }
echo
echo "DBKeep save path, $TABLES tables ($SIZE bytes answered by GET), wrk -t1 -c$CONNECTIONS, ${SECONDS_EACH}s each"
printf '| %-24s | %10s | %9s | %-30s | %6s |\n' "" "req/s" "p99" "pgbench, same statement" "ratio"
printf '|%s|%s|%s|%s|%s|\n' "--------------------------" "------------" "-----------" "--------------------------------" "--------"
printf '| %-24s | %10s | %9s | %-30s | %6s |\n' "GET /api/projects/{id}" "$GET_RPS" "$GET_P99" "$SELECT_TPS tps SELECT data" "$(ratio "$GET_RPS" "$SELECT_TPS")"
printf '| %-24s | %10s | %9s | %-30s | %6s |\n' "PUT /api/projects/{id}" "$PUT_RPS" "$PUT_P99" "$UPDATE_TPS tps UPDATE … RETURNING" "$(ratio "$PUT_RPS" "$UPDATE_TPS")"
printf '| %-24s | %10s | %9s | %-30s | %6s |\n' "GET /api/projects (list)" "$LIST_RPS" "$LIST_P99" "—" "—"
echo "resident memory after the load (started JVM + bounded child JVM): ${RSS_MB} MB, peak ${HWM_MB} MB"
echo "start → first 200 from /health/ready: median ${START_MEDIAN} ms of starts 3 to ${#STARTS[@]}; all: ${STARTS[*]} ms (on Java 17 the first records the classes, the second makes the class-data archive beside the server, ADR 0106)"
echo "load average before: $LOAD_BEFORE; after: $LOAD_AFTER"
echo "targets: GET ≥ 0.70 × SELECT, PUT ≥ 0.80 × UPDATE, resident < 400 MB, peak < 512 MB, start < 2000 ms"
