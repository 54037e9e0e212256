# Shared set-up of the save-load scripts (save-path-benchmark.sh, save-cpu-per-request.sh,
# memory-under-save-load.sh): a throw-away database, the 500-table document they save, the jar
# started as the README says and stopped on exit, and the wrk script of a PUT. Sourced, not run:
#
#   source "$(dirname "$0")/lib/save-bench.sh"
#   bench_init DATABASE PORT WORK_PREFIX      # sets DB, PORT, BASE, WORK; drops and creates DB
#
# Needs: the local PostgreSQL (postgres@127.0.0.1:5432), psql, curl, python3.

# bench_init DATABASE PORT WORK_PREFIX: a fresh work folder and database, removed again on exit
# (with the server, if one was started).
bench_init() {
  DB=$1
  PORT=$2
  BASE="http://127.0.0.1:$PORT"
  WORK=$(mktemp -d "/tmp/$3.XXXXXX")
  SERVER_PID=""
  trap bench_cleanup EXIT
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "SET client_min_messages = warning" \
    -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" \
    -c "CREATE DATABASE $DB" >/dev/null
}

bench_cleanup() {
  bench_stop_server
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "SET client_min_messages = warning" \
    -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}

# bench_document TABLES COLUMNS [comments] > FILE: the document's data, TABLES tables of an id,
# COLUMNS - 1 further columns (with a comment each if the third argument is "comments") and a
# reference to the previous table, with positions; a relation from each table to the previous.
bench_document() {
  python3 - "$1" "$2" "${3:-}" <<'PY'
import json, sys
n, width, comments = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "comments"
tables, relations = [], []
types = ["VARCHAR", "INTEGER", "TEXT", "BOOLEAN", "TIMESTAMP", "DECIMAL", "BIGINT", "DATE"]
for t in range(n):
    columns = [{"id": f"c{t}_0", "name": "id", "type": "SERIAL", "primaryKey": True, "nullable": False, "unique": True}]
    for c in range(1, width):
        column = {"id": f"c{t}_{c}", "name": f"column_{c}_of_table_{t}", "type": types[c % len(types)],
                  "primaryKey": False, "nullable": c % 3 == 0, "unique": False}
        if comments: column["comment"] = f"column {c} of table {t}"
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
print(json.dumps({"tables": tables, "relations": relations, "groups": [], "notes": []}))
PY
}

# bench_body DOCUMENT_FILE > FILE: the body of a create or a save of that document.
bench_body() {
  python3 -c "import json,sys; d=open(sys.argv[1]).read(); print(json.dumps({'name':'Bench','engine':'PostgreSQL','data':json.loads(d)}))" "$1"
}

# bench_start_server JAR HOME [JAVA OPTIONS…]: starts the jar as the README says (java -jar,
# configured by the environment, the server log in $WORK/server.log), waits for the first 200 from
# /health/ready (at most 120 s) and sets SERVER_PID and READY_MS (the milliseconds to it). HOME is
# its DBKEEP_HOME; empty keeps the default (and so a class-data archive of an earlier run).
bench_start_server() {
  local jar=$1 started
  local environment=(DATABASE_URL="postgresql://postgres@127.0.0.1:5432/$DB" HOST=127.0.0.1 PORT="$PORT"
    GUEST_MODE=true RATE_LIMIT_MAX=0)
  [ -n "$2" ] && environment+=(DBKEEP_HOME="$2")
  shift 2
  started=$(date +%s%N)
  env "${environment[@]}" java "$@" -jar "$jar" >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 6000); do
    curl -sf -o /dev/null "$BASE/health/ready" 2>/dev/null && break
    sleep 0.02
  done
  curl -sf -o /dev/null "$BASE/health/ready" || { tail -30 "$WORK/server.log" >&2; exit 1; }
  READY_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

bench_stop_server() {
  if [ -n "${SERVER_PID:-}" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
  fi
}

# bench_create_project BODY_FILE: creates the project, prints its id.
bench_create_project() {
  curl -sf -H 'Content-Type: application/json' --data-binary @"$1" "$BASE/api/projects" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'
}

# bench_put_lua BODY_FILE > FILE: the wrk script that PUTs that body.
bench_put_lua() {
  cat <<LUA
local f = io.open("$1", "rb")
wrk.method = "PUT"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
LUA
}
