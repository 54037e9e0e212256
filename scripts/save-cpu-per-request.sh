#!/usr/bin/env bash
# CPU time per save, a figure a shared machine distorts far less than requests per second: starts
# the jar as the README says (`java -jar dbkeep.jar`, external PostgreSQL, a throw-away database),
# creates the 500-table project of scripts/save-path-benchmark.sh, warms up (WARMUP_SECONDS of PUTs,
# whose CPU is not counted: the JIT compiles the save path meanwhile), then PUTs it with wrk for
# BENCH_SECONDS and divides the CPU time (user + system, /proc/<pid>/stat) by the saves answered:
# of the server's processes (the started JVM and the bounded JVM it serves from, ADR 0105), of the
# PostgreSQL backends of its connections, and of each kind of thread of the bounded JVM (request
# threads, the collector's "VM Thread", the JIT compilers).
#
# Usage: scripts/save-cpu-per-request.sh   (BENCH_SECONDS=20 WARMUP_SECONDS=20 BENCH_CONNECTIONS=2
#        BENCH_TABLES=500; BENCH_JAR=path/to/other.jar compares another build; JAVA_OPTS are given
#        to `java` (a memory option keeps the server in that one JVM, ADR 0105); JFR=1 records a
#        profile of the measured saves into JFR_FILE (default /tmp/dbkeep-save.jfr); CODECACHE=1
#        prints the code cache after the load)
# Needs: the local PostgreSQL (postgres@127.0.0.1:5432), wrk, psql, curl, python3 (jcmd for JFR=1).
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/lib/save-bench.sh

SECONDS_EACH=${BENCH_SECONDS:-20}
CONNECTIONS=${BENCH_CONNECTIONS:-2}
TABLES=${BENCH_TABLES:-500}
PORT=${BENCH_PORT:-18093}
JAR=${BENCH_JAR:-bootstrap/target/dbkeep.jar}
JFR_FILE=${JFR_FILE:-/tmp/dbkeep-save.jfr}

[ -f "$JAR" ] || { echo "no $JAR: build it with mvn -B package -DskipTests" >&2; exit 2; }
bench_init "dbkeep_bench_cpu_${PORT}" "$PORT" dbkeep-save-cpu

# The document of scripts/save-path-benchmark.sh.
bench_document "$TABLES" 10 >"$WORK/document.json"
bench_body "$WORK/document.json" >"$WORK/body.json"

LOAD_BEFORE=$(uptime | sed 's/.*load average: //')
# word splitting of JAVA_OPTS is intended
# shellcheck disable=SC2086
bench_start_server "$JAR" "$WORK/home" ${JAVA_OPTS:-}
CHILD=$(pgrep -P "$SERVER_PID" java || true)

ID=$(bench_create_project "$WORK/body.json")
bench_put_lua "$WORK/body.json" >"$WORK/put.lua"

# warm-up: the JIT compiles the save path (its CPU is not counted)
wrk -t1 -c"$CONNECTIONS" -d"${WARMUP_SECONDS:-20}s" --timeout 30s -s "$WORK/put.lua" "$BASE/api/projects/$ID" >/dev/null

# clock ticks (user + system) of the given processes
ticks() {
  local total=0 pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] || continue
    total=$(( total + $(awk '{sub(/^.*\) /, ""); print $12 + $13}' "/proc/$pid/stat") ))
  done
  echo "$total"
}
backends() {
  psql -At -h 127.0.0.1 -U postgres -d postgres \
    -c "SELECT pid FROM pg_stat_activity WHERE datname = '$DB' AND pid <> pg_backend_pid()"
}
HZ=$(getconf CLK_TCK)
# busy clock ticks of the whole machine (every process, user + nice + system + irq + softirq)
machine_ticks() { awk '$1 == "cpu" {print $2 + $3 + $4 + $7 + $8; exit}' /proc/stat; }
JVMS="$SERVER_PID $CHILD"
PG=$(backends | tr '\n' ' ')
if [ "${JFR:-0}" = 1 ]; then
  jcmd "${CHILD:-$SERVER_PID}" JFR.start name=save settings=profile filename="$JFR_FILE" >/dev/null
fi
threads_of() { # "name ticks" per thread of the bounded JVM, names without their numbers
  local task
  for task in /proc/"${CHILD:-$SERVER_PID}"/task/*; do
    [ -r "$task/stat" ] || continue
    awk '{match($0, /\(.*\)/); name = substr($0, RSTART + 1, RLENGTH - 2); gsub(/[-#0-9 ]+$/, "", name);
          sub(/^.*\) /, ""); print name "\t" ($12 + $13)}' "$task/stat"
  done
}
threads_of >"$WORK/threads-before"
JVM_BEFORE=$(ticks $JVMS)
PG_BEFORE=$(ticks $PG)
MACHINE_BEFORE=$(machine_ticks)
OUT=$(wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 30s -s "$WORK/put.lua" "$BASE/api/projects/$ID")
JVM_AFTER=$(ticks $JVMS)
PG_AFTER=$(ticks $PG)
MACHINE_AFTER=$(machine_ticks)
threads_of >"$WORK/threads-after"
if [ "${JFR:-0}" = 1 ]; then
  jcmd "${CHILD:-$SERVER_PID}" JFR.stop name=save >/dev/null
fi
[ "${CODECACHE:-0}" = 1 ] && jcmd "${CHILD:-$SERVER_PID}" Compiler.codecache | head -20
LOAD_AFTER=$(uptime | sed 's/.*load average: //')
if echo "$OUT" | grep -q "Non-2xx\|Socket errors"; then echo "$OUT" >&2; exit 1; fi
SAVES=$(echo "$OUT" | awk '/requests in/ {print $1}')
RPS=$(echo "$OUT" | awk '/Requests\/sec/ {print $2}')

python3 - "$SAVES" "$RPS" "$HZ" "$JVM_BEFORE" "$JVM_AFTER" "$PG_BEFORE" "$PG_AFTER" <<'PY'
import sys
saves, rps, hz = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
jvm = (int(sys.argv[5]) - int(sys.argv[4])) * 1000 / hz
pg = (int(sys.argv[7]) - int(sys.argv[6])) * 1000 / hz
print(f"{saves} saves ({rps} req/s)")
print(f"CPU per save: server JVMs {jvm / saves:.1f} ms, PostgreSQL backends {pg / saves:.1f} ms")
PY
# The same for pgbench's statement of scripts/save-path-benchmark.sh on the same row: the
# machine's busy time per statement against its busy time per save is the ratio a CPU-bound
# benchmark reaches (wrk and pgbench included, as they are there).
python3 - "$WORK/document.json" "$ID" >"$WORK/update.sql" <<'PY'
import sys
doc = open(sys.argv[1]).read().replace("'", "''")
print(f"UPDATE project SET data = '{doc}'::jsonb, version = version + 1, updated_at = now() "
      f"WHERE id = '{sys.argv[2]}' RETURNING id, name, engine, version, updated_at;")
PY
pgbench -n -h 127.0.0.1 -U postgres -c "$CONNECTIONS" -j 1 -T 5 -f "$WORK/update.sql" "$DB" >/dev/null 2>&1
PGB_BEFORE=$(machine_ticks)
PGB_OUT=$(pgbench -n -h 127.0.0.1 -U postgres -c "$CONNECTIONS" -j 1 -T "$SECONDS_EACH" -f "$WORK/update.sql" "$DB" 2>/dev/null)
PGB_AFTER=$(machine_ticks)
STATEMENTS=$(echo "$PGB_OUT" | awk '/number of transactions actually processed/ {print $NF}')
python3 - "$SAVES" "$STATEMENTS" "$HZ" "$MACHINE_BEFORE" "$MACHINE_AFTER" "$PGB_BEFORE" "$PGB_AFTER" <<'PY'
import sys
saves, statements, hz = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
save = (int(sys.argv[5]) - int(sys.argv[4])) * 1000 / hz / saves
statement = (int(sys.argv[7]) - int(sys.argv[6])) * 1000 / hz / statements
print(f"machine CPU per save {save:.1f} ms, per pgbench UPDATE … RETURNING {statement:.1f} ms"
      f" ({statements} statements): a CPU-bound ratio of {statement / save:.2f}")
PY
python3 - "$SAVES" "$HZ" "$WORK/threads-before" "$WORK/threads-after" <<'PY'
import sys, collections
saves, hz = int(sys.argv[1]), int(sys.argv[2])
def read(path):
    total = collections.Counter()
    for line in open(path):
        name, ticks = line.rstrip("\n").rsplit("\t", 1)
        total[name] += int(ticks)
    return total
before, after = read(sys.argv[3]), read(sys.argv[4])
spent = {name: (after[name] - before.get(name, 0)) * 1000 / hz / saves for name in after}
print("  by thread of the bounded JVM (ms per save): " + ", ".join(
    f"{name} {ms:.1f}" for name, ms in sorted(spent.items(), key=lambda kv: -kv[1]) if ms >= 0.1))
PY
RSS_KB=0
for pid in $JVMS; do RSS_KB=$(( RSS_KB + $(awk '$1 == "VmRSS:" {print $2}' "/proc/$pid/status") )); done
echo "resident memory of the server's JVMs after the load: $(( RSS_KB / 1024 )) MB"
echo "load average before: $LOAD_BEFORE; after: $LOAD_AFTER"
if [ "${JFR:-0}" = 1 ]; then
  echo "JFR recording: $JFR_FILE (jfr print --events jdk.ExecutionSample $JFR_FILE)"
fi
