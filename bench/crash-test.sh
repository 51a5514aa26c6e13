#!/usr/bin/env bash
# The crash test: SIGKILLs `cytoquiz serve` again and again while workers save answers, submit and start attempts,
# then after each restart checks that every acknowledged write is there.
#
#   mvn -B -q -DskipTests package        # builds web/target/cytoquiz.jar and bench/target/benchmarks.jar
#   bench/crash-test.sh                  # KILLS=25 WORKERS=16 SEED=1 by default
#   SABOTAGE=1 KILLS=3 bench/crash-test.sh   # check of the check: deletes SQLite's WAL after each kill; must fail
#
# Prints, per kill, the writes acknowledged so far and how many of them were found after the restart; exits 0
# only if none was lost (and no valid request was refused).
set -euo pipefail
cd "$(dirname "$0")/.."
KILLS=${KILLS:-25}
WORKERS=${WORKERS:-16}
SEED=${SEED:-1}
for f in web/target/cytoquiz.jar bench/target/benchmarks.jar; do
  [[ -f $f ]] || { echo "crash-test: $f is missing; build first with: mvn -B -q -DskipTests package" >&2; exit 2; }
done
work=$(mktemp -d /tmp/cytoquiz-crash-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
echo "== crash test: $KILLS SIGKILLs, $WORKERS concurrent workers, seed $SEED, data in $work/data"
status=0
java -cp bench/target/benchmarks.jar org.cytoquiz.bench.web.CrashClient web/target/cytoquiz.jar "$work/data" \
  "$KILLS" "$WORKERS" "$SEED" ${SABOTAGE:+--sabotage} || status=$?
if [[ $status -ne 0 ]]; then
  echo "== the server's log (last 40 lines):"
  tail -40 "$work/data.log"
fi
exit $status
