#!/usr/bin/env bash
# The HTTP benchmark of cytoquiz beside bare Javalin 7, in one run on this machine (wrk from Debian: apt-get install -y wrk).
#
#   mvn -B -q -DskipTests package     # builds web/target/cytoquiz.jar and bench/target/benchmarks.jar
#   bench/web-bench.sh                # SQLite, then PostgreSQL (embedded, durable commits)
#   BACKENDS=sqlite DURATION=20s bench/web-bench.sh
#   PAGES_FIRST= bench/web-bench.sh   # skip the extra run that GETs only question 1 (the page an attempt stands on)
#
# For each server: start it and time its start-up (launch to the first 200 from its health check), warm it, then
# `wrk -t2 -c64` for DURATION on
#   bare Javalin  GET /hello
#   cytoquiz      GET of the question pages of 64 attempts in progress (each with its cookie, question number cycling)
#                 GET of question 1 of the same attempts, where they stand (no move for the page to record)
#                 PUT of an answer, cycling over the same 64 attempts, every request a real change
# and print requests/s, p50, p99, the ratio of requests/s to bare Javalin's, and the peak RSS of the cytoquiz process.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-5s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
ATTEMPT_COUNT=${ATTEMPT_COUNT:-64}
BACKENDS=${BACKENDS:-sqlite postgres}
JAR=$root/web/target/cytoquiz.jar
BENCH_JAR=$root/bench/target/benchmarks.jar
JAVA_OPTS=${JAVA_OPTS:-}

for f in "$JAR" "$BENCH_JAR"; do
  [[ -f $f ]] || { echo "web-bench: $f is missing; build first with: mvn -B -q -DskipTests package" >&2; exit 2; }
done
command -v wrk > /dev/null || { echo "web-bench: wrk is missing; install it with: apt-get install -y wrk" >&2; exit 2; }

work=$(mktemp -d /tmp/cytoquiz-web-bench.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2> /dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

export BENCH_LUA=$root/bench/web WRK_THREADS=$THREADS

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Waits until the log shows an http://HOST:PORT/ address and prints it without the trailing slash.
wait_for_url() { # log pattern pid
  for _ in $(seq 1 1200); do
    if url=$(grep -o "$2 http://[0-9.:]*/" "$1" 2> /dev/null | grep -o "http://[0-9.:]*" | head -1) && [[ -n $url ]]; then
      echo "$url"; return 0
    fi
    kill -0 "$3" 2> /dev/null || { echo "web-bench: the server stopped; its log:" >&2; cat "$1" >&2; return 1; }
    sleep 0.05
  done
  echo "web-bench: no server address after 60 s in $1" >&2; return 1
}

# Converts wrk's latency figures (850.00us, 1.23ms, 2.01s) to milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000;
    printf "%.2f", n }'
}

# The sum of the stored answers' tries: it grows by one for every save that changed an answer.
stored_tries() { # backend
  if [[ $1 == sqlite ]]; then
    python3 -c 'import sqlite3, sys
c = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
print(c.execute("SELECT COALESCE(SUM(tries), 0) FROM answer").fetchone()[0])' "$work/data-sqlite/cytoquiz.db" 2> /dev/null || echo "?"
  else
    local port=${pg_url#*localhost:}
    port=${port%%/*}
    psql -h localhost -p "$port" -U postgres -d postgres -tAc "SELECT COALESCE(SUM(tries), 0) FROM answer" 2> /dev/null || echo "?"
  fi
}

results=()
bare_rps=
last_ok=0
# Runs wrk and records one result line: name, requests/s, p50 ms, p99 ms, non-2xx count.
measure() { # name url [script]
  local name=$1 url=$2 script=${3:-} out
  if [[ -n $script ]]; then
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$script" "$url")
  else
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url")
  fi
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec:/ { print $2 }' <<< "$out")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<< "$out")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<< "$out")")
  errors=$(awk '/Non-2xx or 3xx responses:/ { print $5 }' <<< "$out")
  errors=${errors:-0}
  errors=$(( errors + $(awk '/Socket errors:/ { gsub(",", ""); n = $4 + $6 + $8 + $10 } END { print n + 0 }' <<< "$out") ))
  last_ok=$(( $(awk '/requests in/ { print $1 }' <<< "$out") - errors ))
  [[ -z $bare_rps ]] && bare_rps=$rps
  results+=("$name|$rps|$p50|$p99|$errors")
  printf '  %-34s %10s req/s  p50 %7s ms  p99 %7s ms  errors %s\n' "$name" "$rps" "$p50" "$p99" "$errors"
}

warm() { # url [script]
  if [[ -n ${2:-} ]]; then
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$2" "$1" > /dev/null
  else
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$1" > /dev/null
  fi
}

echo "== cytoquiz web benchmark: wrk -t$THREADS -c$CONNECTIONS -d$DURATION, warm-up $WARMUP, $(nproc) cores, $(date -u +%FT%TZ)"
echo "   $(java -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews every figure)"

echo "== bare Javalin"
java $JAVA_OPTS -cp "$BENCH_JAR" org.cytoquiz.bench.web.BareJavalin 0 > "$work/bare.log" 2>&1 &
bare=$!; pids+=("$bare")
bare_url=$(wait_for_url "$work/bare.log" "serving" "$bare")
warm "$bare_url/hello"
measure "bare Javalin GET /hello" "$bare_url/hello"
kill "$bare"; wait "$bare" 2> /dev/null || true

startups=()
rss=()
for backend in $BACKENDS; do
  echo "== cytoquiz on $backend"
  db_args=()
  if [[ $backend == postgres ]]; then
    java -cp "$BENCH_JAR" org.cytoquiz.bench.web.BenchPostgres "$work/postgres" > "$work/postgres.log" 2>&1 &
    pg=$!; pids+=("$pg")
    for _ in $(seq 1 1200); do grep -qs "postgres ready" "$work/postgres.log" && break; sleep 0.05; done
    pg_url=$(grep -o "postgres ready .*" "$work/postgres.log" | cut -d' ' -f3)
    [[ -n $pg_url ]] || { echo "web-bench: PostgreSQL did not start:" >&2; cat "$work/postgres.log" >&2; exit 1; }
    db_args=(--db "$pg_url")
  fi
  started=$(now_ms)
  java $JAVA_OPTS -jar "$JAR" serve --port 0 --data-dir "$work/data-$backend" "${db_args[@]}" > "$work/$backend.log" 2>&1 &
  server=$!; pids+=("$server")
  base=$(wait_for_url "$work/$backend.log" "cytoquiz is serving" "$server")
  until curl -fsS -o /dev/null "$base/health"; do sleep 0.02; done
  startup=$(( $(now_ms) - started ))
  startups+=("$backend|$startup")
  echo "  start-up: $startup ms (launch to the first 200 from /health)"

  export ATTEMPTS=$work/attempts-$backend.txt
  python3 bench/web/make-attempts.py "$base" "$ATTEMPT_COUNT" "$ATTEMPTS"
  warm "$base/" bench/web/question-page.lua
  warm "$base/" bench/web/save-answer.lua
  measure "$backend: GET question page" "$base/" bench/web/question-page.lua
  if [[ -n ${PAGES_FIRST-1} ]]; then
    PAGES=first measure "$backend: GET question 1 (no move)" "$base/" bench/web/question-page.lua
  fi
  tries_before=$(stored_tries "$backend")
  measure "$backend: PUT answer" "$base/" bench/web/save-answer.lua
  tries_after=$(stored_tries "$backend")
  if [[ $tries_before =~ ^[0-9]+$ && $tries_after =~ ^[0-9]+$ ]]; then
    echo "  stored tries grew by $(( tries_after - tries_before )) while wrk counted $last_ok acknowledged PUTs (requests in flight at the end add a few)"
  else
    echo "  answers really changed: unknown (could not read the stored tries)"
  fi
  peak=$(awk '/^VmHWM:/ { printf "%d", $2 / 1024 }' "/proc/$server/status")
  rss+=("$backend|$peak")
  echo "  peak RSS of the cytoquiz process: $peak MiB"
  kill "$server"; wait "$server" 2> /dev/null || true
  if [[ $backend == postgres ]]; then kill "$pg"; wait "$pg" 2> /dev/null || true; fi
done

echo
echo "== summary (ratio = requests/s divided by bare Javalin's in this run)"
printf '| %-34s | %10s | %8s | %8s | %6s | %7s |\n' "request" "req/s" "p50 ms" "p99 ms" "errors" "ratio"
printf '|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..36})" "------------" "----------" "----------" "--------" "---------"
for r in "${results[@]}"; do
  IFS='|' read -r name rps p50 p99 errors <<< "$r"
  ratio=$(awk -v a="$rps" -v b="$bare_rps" 'BEGIN { printf "%.3f", a / b }')
  printf '| %-34s | %10s | %8s | %8s | %6s | %7s |\n' "$name" "$rps" "$p50" "$p99" "$errors" "$ratio"
done
for s in "${startups[@]}"; do IFS='|' read -r b ms <<< "$s"; echo "start-up on $b: $ms ms"; done
for s in "${rss[@]}"; do IFS='|' read -r b mib <<< "$s"; echo "peak RSS on $b: $mib MiB"; done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
