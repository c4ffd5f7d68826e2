#!/usr/bin/env bash
# Real fuzzing (not CI) of one Jazzer target for its maxDuration (10 min), seeded with every reproducer of
# fixtures/findings/ and every regression input of both targets:
#   page   - PageFuzzTest.wholePage (the whole page pipeline, both engines; the default)
#   native - NativeParserFuzzTest.nativeParser (the native parser alone)
# Runs in a scratch copy of the checkout, so that builds in the checkout meanwhile cannot swap classes under the
# running fuzzer, and niced (the machine is shared). New findings land in the copy's src/test/resources/…Inputs/
# folder (printed at the end): copy them into the checkout, fix, and they replay in `mvn -B verify`. Record run
# length, execs and findings in docs/fuzzing.md.
# usage: src/bench/fuzz.sh [page|native] [SCRATCH_DIR]
set -euo pipefail
target="${1:-page}"
case "$target" in
  page) class=org.wikirefine.findings.PageFuzzTest; method=wholePage; test=PageFuzzTest ;;
  native) class=org.wikirefine.internal.wikitext.NativeParserFuzzTest; method=nativeParser; test=NativeParserFuzzTest ;;
  *) echo "usage: $0 [page|native] [SCRATCH_DIR]" >&2; exit 2 ;;
esac
here="$(cd "$(dirname "$0")/../.." && pwd)"
scratch="${2:-$(mktemp -d /tmp/wikirefine-fuzz.XXXXXX)}"
mkdir -p "$scratch"
(cd "$here" && tar --exclude=./.git --exclude=./target --exclude=./.cifuzz-corpus -cf - .) | (cd "$scratch" && tar -xf -)
cd "$scratch"
corpus=".cifuzz-corpus/$class/$method"
mkdir -p "$corpus"
# Seeds. The first byte is the mode: bit 3 set = UTF-16LE text (lone surrogates get in); PageFuzzTest's bit 4 set =
# Sweble, clear = native; bit 0 = enwiki. Pages are seeded for both engines.
for f in fixtures/findings/*/*.wikitext; do
  name="$(basename "$(dirname "$f")")-$(basename "$f" .wikitext)"
  { printf '\000'; cat "$f"; } > "$corpus/seed-$name"
  { printf '\020'; cat "$f"; } > "$corpus/seed-sweble-$name"
done
for f in fixtures/findings/*/*.utf16le; do
  { printf '\010'; cat "$f"; } > "$corpus/seed-u16-$(basename "$f")"
done
for f in fixtures/findings/*/*.u16; do # these are UTF-16BE: swap to LE
  { printf '\010'; dd conv=swab status=none < "$f"; } > "$corpus/seed-u16-$(basename "$f")"
done
cp src/test/resources/org/wikirefine/findings/PageFuzzTestInputs/wholePage/* "$corpus/"
cp src/test/resources/org/wikirefine/internal/wikitext/NativeParserFuzzTestInputs/nativeParser/* "$corpus/"
JAZZER_FUZZ=1 nice -n 10 mvn -B -o test -Dtest="$test" -Dtest.excludedGroups=slow -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | tee fuzz.log \
  | grep -E '^#[0-9]+.*(DONE|pulse)|Tests run|FAIL|crash|Exception' || true
echo "scratch copy: $scratch (log: $scratch/fuzz.log)"
find src/test/resources -path "*${test}Inputs*" -type f -newer fuzz.sh -exec ls -l {} + || true
