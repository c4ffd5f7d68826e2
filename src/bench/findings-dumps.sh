#!/usr/bin/env bash
# Runs every faulty dump of an adversarial findings folder through the CLI jar and prints one table row per input:
# exit code, the manifest's counts and the last line of stderr. Not a test (the inputs live outside the repo);
# the regression tests use copies in fixtures/findings/dumps/. Usage: findings-dumps.sh FINDINGS_DUMPS_DIR [JAR]
set -uo pipefail
dir="${1:?findings dumps folder}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="${2:-$here/target/wikirefine-0.1.0-SNAPSHOT-cli.jar}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java_opts=(${WIKIREFINE_JAVA_OPTS:--Xmx512m})
row() {   # name, exit, out dir, stderr file
  local m="$3/manifest.json" counts="no manifest"
  if [ -f "$m" ]; then
    counts=$(python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); c=m["counts"]
print("read=%d written=%d filtered=%d errored=%d %s input_errors=%d balanced=%s complete=%s" % (c["read"], c["written"],
 c["filtered_total"], c["errored_total"], json.dumps(c["errored"],separators=(",",":")), c["input_errors"], c["balanced"],
 m.get("input_complete")))' "$m")
  fi
  printf '| %s | %s | %s | %s |\n' "$1" "$2" "$counts" "$(grep -v '^\[progress\]' "$4" | tail -n 1 | cut -c1-160)"
}
echo "| input | exit | manifest | last stderr line |"
echo "|---|---|---|---|"
for f in "$dir"/*.xml "$dir"/*.xml.bz2 "$dir"/*.xml.gz; do
  [ -f "$f" ] || continue
  n=$(basename "$f")
  extra=()
  [ "$n" = stuck.xml ] && extra=(--page-timeout 10 --max-stuck 1)
  timeout 600 java "${java_opts[@]}" -jar "$jar" dump "$f" --out "$work/$n" --quiet --threads 2 "${extra[@]}" \
    >/dev/null 2>"$work/$n.err"
  code=$?
  row "$n" "$code" "$work/$n" "$work/$n.err"
  if [ "$code" = 3 ] && [ -f "$work/$n/checkpoint.json" ]; then   # stopped: does --resume get past?
    timeout 600 java "${java_opts[@]}" -jar "$jar" dump "$f" --out "$work/$n" --quiet --threads 2 "${extra[@]}" \
      --resume >/dev/null 2>"$work/$n.err2"
    row "$n --resume" "$?" "$work/$n" "$work/$n.err2"
  fi
done
# any readable path: process substitution and a FIFO
s="$here/fixtures/dumps/sample-multistream.xml.bz2"
java "${java_opts[@]}" -jar "$jar" dump <(cat "$s") --out "$work/procsub" --quiet >/dev/null 2>"$work/procsub.err"
row "dump <(cat sample.xml.bz2)" "$?" "$work/procsub" "$work/procsub.err"
# failed writes
java "${java_opts[@]}" -jar "$jar" dump "$s" --out - --quiet >/dev/full 2>"$work/full.err"
row "dump --out - > /dev/full" "$?" /nonexistent "$work/full.err"
java "${java_opts[@]}" -jar "$jar" dump "$s" --out - --quiet 2>"$work/head.err" | head -c 100 >/dev/null
row "dump --out - | head -c 100" "${PIPESTATUS[0]}" /nonexistent "$work/head.err"
