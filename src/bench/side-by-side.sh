#!/usr/bin/env bash
# Side-by-side dump benchmark (not a test): one run each, same dump, same machine, in this order:
#   lbzip2 -dc -n2                      the decompression ceiling
#   WikiExtractor --processes 2 --no-templates --json   (plain text only)
#   wtf_wikipedia, one thread, structured JSON (.json() of every page)
#   wikirefine dump --threads 2 --variant zh-hans --format jsonl   (infoboxes, references, conversion)
# and prints MB/s of uncompressed XML for each, plus our ratio to each of them.
#
# Usage: src/bench/side-by-side.sh DUMP.xml.bz2 [DUMP2 ...]
# Env:   WIKIEXTRACTOR  folder of a checkout of attardi/wikiextractor (the folder holding the `wikiextractor`
#                       package); skipped when unset. Under Python 3.11 its extract.py needs its two mid-pattern
#                       `(?i)` flags scoped as `(?i:…)`. Never copy its code into this repository.
#        WTF_DIR        a folder with `node_modules/wtf_wikipedia` (npm install wtf_wikipedia); skipped when unset.
#        JAR            the CLI jar (default target/wikirefine-*-cli.jar), JAVA_OPTS, THREADS (2), VARIANT (zh-hans),
#        WORK           scratch folder (default /tmp/wikirefine-side-by-side), EXTRA (extra wikirefine options).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${WORK:-/tmp/wikirefine-side-by-side}
THREADS=${THREADS:-2}
VARIANT=${VARIANT:-zh-hans}
JAVA_OPTS=${JAVA_OPTS:-}
EXTRA=${EXTRA:-}
JAR=${JAR:-$(ls "$ROOT"/target/wikirefine-*-cli.jar 2>/dev/null | head -n1 || true)}
[ $# -ge 1 ] || { echo "usage: $0 DUMP.xml.bz2 [DUMP2 ...]" >&2; exit 2; }
[ -n "$JAR" ] && [ -f "$JAR" ] || { echo "no CLI jar; run: mvn -B -o -q package -DskipTests (or set JAR=)" >&2; exit 2; }
command -v lbzip2 >/dev/null || { echo "lbzip2 is needed (apt-get install lbzip2)" >&2; exit 2; }
mkdir -p "$WORK"

# Wall seconds of a command, its output discarded.
# A failed command is reported on stderr with its log, so that a quick failure never passes for a fast run.
seconds() {
  if ! /usr/bin/time -f '%e' -o "$WORK/last.time" "$@" > /dev/null 2> "$WORK/last.err"; then
    echo "FAILED: $* (exit code in $WORK/last.time; log: $WORK/last.err)" >&2; tail -n 5 "$WORK/last.err" >&2
  fi
  tail -n1 "$WORK/last.time"
}
rate() { python3 -c "print(f'{$1 / 1e6 / max($2, 1e-9):.2f}')"; }

write_wtf_driver() {
  # One thread: split the XML stream into pages, unescape <text>, run wtf(text).json(), count the bytes.
  cat > "$WORK/wtf-driver.js" <<'JS'
const wtf = require('wtf_wikipedia');
const rl = require('readline').createInterface({ input: process.stdin, crlfDelay: Infinity });
const unescape = s => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
  .replace(/&#039;/g, "'").replace(/&amp;/g, '&');
let buf = null, pages = 0, out = 0, failed = 0;
rl.on('line', line => {
  if (buf === null) { const i = line.indexOf('<text'); if (i < 0) return; buf = [line.slice(line.indexOf('>', i) + 1)]; }
  else buf.push(line);
  const last = buf[buf.length - 1], end = last.indexOf('</text>');
  if (end < 0) return;
  buf[buf.length - 1] = last.slice(0, end);
  try { out += JSON.stringify(wtf(unescape(buf.join('\n'))).json()).length; } catch (e) { failed++; }
  pages++; buf = null;
});
rl.on('close', () => console.error(`wtf_wikipedia: ${pages} pages, ${failed} failed, ${out} chars of JSON`));
JS
}

echo "# side by side  $(date -u +%Y-%m-%dT%H:%M:%SZ)  $(nproc) cores  $(free -g | awk '/Mem/{print $2}') GiB  load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# java: $(java -version 2>&1 | head -n1); python: $(python3 --version); node: $(node --version 2>/dev/null || echo none)"
echo "# jar: $JAR"
printf '%-28s %-44s %10s %9s\n' dump tool "MB/s XML" seconds
for dump in "$@"; do
  dump=$(realpath "$dump")
  name=$(basename "$dump")
  xml_bytes=$(lbzip2 -dc -n "$THREADS" "$dump" | wc -c)
  s=$(seconds lbzip2 -dc -n "$THREADS" "$dump"); ceiling=$(rate "$xml_bytes" "$s")
  printf '%-28s %-44s %10s %9s\n' "$name" "lbzip2 -dc -n$THREADS (ceiling)" "$ceiling" "$s"
  we=""; wtfr=""
  if [ -n "${WIKIEXTRACTOR:-}" ]; then
    rm -rf "$WORK/we-out"
    s=$(cd "$WIKIEXTRACTOR" && seconds python3 -m wikiextractor.WikiExtractor "$dump" --processes "$THREADS" \
        --no-templates --json -q -o "$WORK/we-out"); we=$(rate "$xml_bytes" "$s")
    printf '%-28s %-44s %10s %9s\n' "$name" "WikiExtractor --processes $THREADS --json" "$we" "$s"
  fi
  if [ -n "${WTF_DIR:-}" ]; then
    write_wtf_driver
    s=$(seconds bash -c "lbzip2 -dc -n1 '$dump' | NODE_PATH='$WTF_DIR/node_modules' node '$WORK/wtf-driver.js'")
    wtfr=$(rate "$xml_bytes" "$s")
    printf '%-28s %-44s %10s %9s\n' "$name" "wtf_wikipedia 1 thread .json()" "$wtfr" "$s"
  fi
  rm -rf "$WORK/ours-out"
  # shellcheck disable=SC2086
  s=$(seconds java $JAVA_OPTS -jar "$JAR" dump "$dump" --out "$WORK/ours-out" --threads "$THREADS" \
      --format jsonl --variant "$VARIANT" --quiet $EXTRA); ours=$(rate "$xml_bytes" "$s")
  printf '%-28s %-44s %10s %9s\n' "$name" "wikirefine dump --threads $THREADS $VARIANT jsonl" "$ours" "$s"
  python3 - "$ours" "$ceiling" "$we" "$wtfr" <<'PY'
import sys
ours, ceiling, we, wtf = (float(x) if x else None for x in sys.argv[1:])
print(f"# ratios: ours/ceiling {ours/ceiling:.3f}" + (f"  ours/WikiExtractor {ours/we:.2f}x" if we else "")
      + (f"  ours/wtf_wikipedia {ours/wtf:.2f}x" if wtf else ""))
PY
done
