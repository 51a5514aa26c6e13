#!/usr/bin/env bash
# HTTP benchmarks of the web application with wrk (Debian package), server and load on this machine.
# Usage: bench/wrk/run.sh   (from the repository root, after `mvn -B -q -DskipTests package`)
set -euo pipefail
cd "$(dirname "$0")/../.."
data=$(mktemp -d)
log=$(mktemp)
java -jar web/target/cytoquiz.jar serve --port 0 --data-dir "$data" > "$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do grep -q "cytoquiz is serving" "$log" && break; sleep 1; done
base=$(grep -o "http://[0-9.:]*/" "$log" | head -1)
base=${base%/}

start=$(curl -fsS -X POST "$base/api/v1/attempts" -d '{"quiz": "staff-certification", "learner": "bench"}')
export ATTEMPT=$(echo "$start" | python3 -c 'import json,sys; print(json.load(sys.stdin)["attemptId"])')
export TOKEN=$(echo "$start" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
read -r QUESTION OPTION < <(curl -fsS "$base/api/v1/attempts/$ATTEMPT" -H "Authorization: Bearer $TOKEN" | python3 -c '
import json, sys
d = json.load(sys.stdin)
q = next(q for q in d["questions"] if "options" in q)
print(q["id"], q["options"][0]["id"])')
export QUESTION OPTION

echo "== warm-up"
wrk -t2 -c16 -d5s "$base/quizzes/patient-basics" > /dev/null
for target in "/health" "/api/v1/quizzes" "/quizzes/patient-basics" "/api/v1/attempts/$ATTEMPT"; do
  echo "== GET $target"
  if [[ "$target" == /api/v1/attempts/* ]]; then
    wrk -t2 -c16 -d10s --latency -H "Authorization: Bearer $TOKEN" "$base$target" | grep -E "Requests/sec|50%|99%"
  else
    wrk -t2 -c16 -d10s --latency "$base$target" | grep -E "Requests/sec|50%|99%"
  fi
done
echo "== PUT an answer (every request a durable SQLite commit)"
wrk -t2 -c16 -d10s --latency -s bench/wrk/save-answer.lua "$base" | grep -E "Requests/sec|50%|99%|Non-2xx"
