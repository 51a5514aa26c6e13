#!/usr/bin/env bash
# The live-session load: N simulated participants (default 300) in one session, each holding an event stream,
# answering each question at once, and the time from the instructor's reveal to each stream receiving it.
#
#   mvn -B -q -DskipTests package     # builds web/target/cytoquiz.jar and bench/target/benchmarks.jar
#   bench/live-load.sh                # SQLite; PARTICIPANTS=300 QUESTIONS=5 JAVA_OPTS=... to vary
#
# Starts `cytoquiz serve` on a fresh SQLite folder with a throw-away instructor password, runs
# bench/.../web/LiveLoad.java against it (which prints the figures, including the server's resident memory per
# participant), and stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
PARTICIPANTS=${PARTICIPANTS:-300}
QUESTIONS=${QUESTIONS:-5}
JAVA_OPTS=${JAVA_OPTS:-}
JAR=$root/web/target/cytoquiz.jar
BENCH_JAR=$root/bench/target/benchmarks.jar
for f in "$JAR" "$BENCH_JAR"; do
  [[ -f $f ]] || { echo "live-load: $f is missing; build first with: mvn -B -q -DskipTests package" >&2; exit 2; }
done
work=$(mktemp -d /tmp/cytoquiz-live-load.XXXXXX)
server=
cleanup() {
  if [[ -n $server ]]; then kill "$server" 2> /dev/null || true; wait "$server" 2> /dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
password="live-load-$RANDOM-$RANDOM"
hash=$(printf '%s\n' "$password" | java -jar "$JAR" hash-password 2> /dev/null | tail -1)
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$JAR" serve --port 0 --data-dir "$work/data" --instructor-password-hash "$hash" \
  > "$work/server.log" 2>&1 &
server=$!
url=
for _ in $(seq 1 600); do
  url=$(grep -o 'http://[0-9.]*:[0-9]*/' "$work/server.log" | head -1 || true)
  [[ -n $url ]] && break
  kill -0 "$server" 2> /dev/null || { echo "live-load: the server stopped; its log:" >&2; cat "$work/server.log" >&2; exit 1; }
  sleep 0.1
done
[[ -n $url ]] || { echo "live-load: no server address after 60 s" >&2; exit 1; }
echo "live-load: server $url (pid $server), $PARTICIPANTS participants, $QUESTIONS questions"
java -cp "$BENCH_JAR" org.cytoquiz.bench.web.LiveLoad "$url" "$password" "$PARTICIPANTS" "$QUESTIONS" "$server"
