#!/usr/bin/env bash
# End-to-end dump benchmark (not a test). Builds zh and mixed multistream dumps of SIZE_MB (default 60) of XML
# with make_dump.py into $WORK (default /tmp/wikirefine-bench), then, for 1 and 2 threads, runs
#   java -jar wikirefine-*-cli.jar dump DUMP --out ... --threads N --stats ...
# under /usr/bin/time -v and reports MB/s of XML, pages/s and peak RSS, next to the decompression ceiling measured
# in the same run: `lbzip2 -dc` when installed, else single-thread commons-compress (DecodeRate), plus the
# by-index reader alone (decode + XML + sha1, no page processing).
#
# Usage: src/bench/dump-bench.sh [SIZE_MB]
# Env:   CORPUS (default ../shared/corpus beside the repo), JAR (default target/wikirefine-*-cli.jar; build it
#        with `mvn -B -o -q package -DskipTests`), WORK, THREADS ("1 2"), VARIANTS ("zh-hans"), FORMAT (jsonl),
#        JAVA_OPTS (e.g. -Xmx2g).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SIZE=${1:-60}
CORPUS=${CORPUS:-$ROOT/../shared/corpus}
WORK=${WORK:-/tmp/wikirefine-bench}
THREADS=${THREADS:-"1 2"}
VARIANTS=${VARIANTS:-"zh-hans"}
FORMAT=${FORMAT:-jsonl}
JAVA_OPTS=${JAVA_OPTS:-}
JAR=${JAR:-$(ls "$ROOT"/target/wikirefine-*-cli.jar 2>/dev/null | head -n1 || true)}

[ -n "$JAR" ] && [ -f "$JAR" ] || { echo "no CLI jar; run: mvn -B -o -q package -DskipTests (or set JAR=)" >&2; exit 2; }
[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS (set CORPUS=)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed for peak RSS (apt-get install time)" >&2; exit 2; }
mkdir -p "$WORK"

variant_args=()
for v in $VARIANTS; do variant_args+=(--variant "$v"); done

echo "# wikirefine dump benchmark  $(date -u +%Y-%m-%dT%H:%M:%SZ)  $(nproc) cores  load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# jar: $JAR"
echo "# java: $(java -version 2>&1 | head -n1)"
printf '%-8s %-22s %8s %10s %10s %10s %10s\n' dump what threads "MB/s XML" "pages/s" "peak MB" seconds

for lang in zh all; do
  name=$([ "$lang" = zh ] && echo zh || echo mixed)
  dump="$WORK/$name-${SIZE}MB.xml.bz2"
  if [ ! -f "$dump" ]; then
    python3 "$ROOT/src/bench/make_dump.py" --corpus "$CORPUS" --lang "$lang" --size-mb "$SIZE" --multistream \
      --templates -o "$dump" 2> "$WORK/$name.make.log"
  fi
  xml_bytes=$(bzip2 -dc "$dump" | wc -c)

  # decompression ceiling, same run, same machine state
  if command -v lbzip2 >/dev/null 2>&1; then
    s=$( { /usr/bin/time -f '%e' lbzip2 -dc -n "$(nproc)" "$dump" > /dev/null; } 2>&1 | tail -n1)
    printf '%-8s %-22s %8s %10.1f %10s %10s %10s\n' "$name" "lbzip2 -dc (ceiling)" "$(nproc)" \
      "$(python3 -c "print($xml_bytes / 1e6 / $s)")" - - "$s"
  fi
  for t in $THREADS; do
    # shellcheck disable=SC2086
    java $JAVA_OPTS -cp "$JAR" org.wikirefine.internal.dump.DecodeRate "$dump" "$t" > "$WORK/$name-decode-$t.txt"
    single=$(sed -n 's/.*bz2_single_thread_mb_s=\([0-9.]*\).*/\1/p' "$WORK/$name-decode-$t.txt")
    reader=$(sed -n 's/.*reader_mb_s=\([0-9.]*\).*/\1/p' "$WORK/$name-decode-$t.txt")
    rpages=$(sed -n 's/.*reader_pages_s=\([0-9.]*\).*/\1/p' "$WORK/$name-decode-$t.txt")
    [ "$t" = "1" ] && printf '%-8s %-22s %8s %10s %10s %10s %10s\n' "$name" "commons-compress bz2" 1 "$single" - - -
    printf '%-8s %-22s %8s %10s %10s %10s %10s\n' "$name" "reader only (index)" "$t" "$reader" "$rpages" - -
  done

  for t in $THREADS; do
    out="$WORK/out-$name-$t"
    rm -rf "$out"
    set +e
    # shellcheck disable=SC2086
    /usr/bin/time -v -o "$WORK/$name-time-$t.txt" java $JAVA_OPTS -jar "$JAR" dump "$dump" --out "$out" \
      --threads "$t" --format "$FORMAT" "${variant_args[@]}" --stats "$WORK/$name-stats-$t.json" --quiet \
      2> "$WORK/$name-run-$t.log"
    code=$?
    set -e
    rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): \([0-9]*\).*/\1/p' "$WORK/$name-time-$t.txt")
    mbs=$(python3 -c "import json;print(json.load(open('$WORK/$name-stats-$t.json'))['throughput']['xml_mb_per_second'])")
    pps=$(python3 -c "import json;print(json.load(open('$WORK/$name-stats-$t.json'))['throughput']['pages_per_second'])")
    sec=$(python3 -c "import json;print(json.load(open('$WORK/$name-stats-$t.json'))['throughput']['seconds'])")
    printf '%-8s %-22s %8s %10s %10s %10d %10s\n' "$name" "end-to-end (exit $code)" "$t" "$mbs" "$pps" \
      $((rss_kb / 1024)) "$sec"
  done
done
echo "# logs, stats and outputs in $WORK"
