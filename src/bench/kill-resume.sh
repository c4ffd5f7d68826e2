#!/usr/bin/env bash
# kill -9 + --resume on a dump with pages on both sides of the per-page work budget (near_budget_dump.py): one
# uninterrupted reference run, then a run killed with SIGKILL KILLS times at growing delays, each time continued
# with --resume, then resumed to the end; the two output folders must be byte-identical (parts, errors, manifest).
# Not a test (minutes of work); record the result in docs/dumps.md. Extra dump options go after the arguments.
# usage: src/bench/kill-resume.sh [WORKDIR] [KILLS] [dump options…]   (JAR=… to use another jar)
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
work="${1:-$(mktemp -d /tmp/wikirefine-kill.XXXXXX)}"
kills="${2:-4}"
shift $(( $# >= 2 ? 2 : $# ))
jar="${JAR:-$(ls "$here"/target/wikirefine-*-cli.jar | head -n 1)}"
java_opts=(${WIKIREFINE_JAVA_OPTS:--Xmx768m})
mkdir -p "$work"
dump="$work/near-budget.xml"
python3 "$here/src/bench/near_budget_dump.py" "$here" "$dump"
# small parts, so that each killed attempt commits some and the next resumes from a checkpoint
opts=(--threads 2 --split-mb 0.2 --variant zh-hans --variant zh-tw --quiet "$@")
run() { java "${java_opts[@]}" -jar "$jar" dump "$dump" "${opts[@]}" "$@"; }

start=$(date +%s)
set +e
rm -rf "$work/ref"
run --out "$work/ref"; ref_exit=$?
set -e
ref_secs=$(( $(date +%s) - start ))
echo "reference: exit $ref_exit in ${ref_secs}s"

rm -rf "$work/killed"
delay=8   # past the JVM start, so that the first kill lands in the work
for k in $(seq 1 "$kills"); do
  resume=(); [ -d "$work/killed" ] && resume=(--resume)
  # java itself in the background (not a shell function's subshell), so that the SIGKILL reaches the JVM
  java "${java_opts[@]}" -jar "$jar" dump "$dump" "${opts[@]}" --out "$work/killed" "${resume[@]}" \
    > "$work/attempt-$k.log" 2>&1 &
  pid=$!
  sleep "$delay"
  if kill -9 "$pid" 2>/dev/null; then
    wait "$pid" 2>/dev/null || true
    parts=$(ls "$work/killed" 2>/dev/null | grep -c '^part-' || true)
    echo "kill $k: SIGKILL after ${delay}s ($parts parts committed)"
  else
    set +e; wait "$pid"; code=$?; set -e
    echo "kill $k: the run had already ended after ${delay}s (exit $code): $(tail -n 1 "$work/attempt-$k.log")"
  fi
  delay=$(( delay + ref_secs / (kills + 1) + 1 ))
done
set +e
run --out "$work/killed" --resume; final_exit=$?
set -e
echo "final --resume: exit $final_exit (reference: $ref_exit)"
if diff -r "$work/ref" "$work/killed" > "$work/diff.txt"; then
  echo "IDENTICAL: $(ls "$work/ref" | wc -l) files, $(du -sb "$work/ref" | cut -f1) bytes"
else
  echo "DIFFERENT:"; head -n 20 "$work/diff.txt"; exit 1
fi
python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); c=m["counts"]; print("counts:", json.dumps(c["errored"]), "read", c["read"], "written", c["written"])' "$work/ref/manifest.json"
[ "$ref_exit" = "$final_exit" ]
