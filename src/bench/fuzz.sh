#!/usr/bin/env bash
# Real fuzzing of the page pipeline (not CI): PageFuzzTest under Jazzer for its maxDuration (10 min), seeded with
# every reproducer of fixtures/findings/. Runs in a scratch copy of the checkout, so that builds in the checkout
# meanwhile cannot swap classes under the running fuzzer. New findings land in the copy's
# src/test/resources/org/wikirefine/findings/PageFuzzTestInputs/wholePage/ (printed at the end): copy them into
# the checkout, fix, and they replay in `mvn -B verify`. Record run length, execs and findings in docs/fuzzing.md.
# usage: src/bench/fuzz.sh [SCRATCH_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
scratch="${1:-$(mktemp -d /tmp/wikirefine-fuzz.XXXXXX)}"
mkdir -p "$scratch"
(cd "$here" && tar --exclude=./.git --exclude=./target --exclude=./.cifuzz-corpus -cf - .) | (cd "$scratch" && tar -xf -)
cd "$scratch"
corpus=.cifuzz-corpus/org.wikirefine.findings.PageFuzzTest/wholePage
mkdir -p "$corpus"
# Seeds: the first byte is PageFuzzTest's mode (0: zhwiki, UTF-8; 8: zhwiki, UTF-16LE with lone surrogates).
for f in fixtures/findings/*/*.wikitext; do
  { printf '\000'; cat "$f"; } > "$corpus/seed-$(basename "$(dirname "$f")")-$(basename "$f" .wikitext)"
done
for f in fixtures/findings/fuzz/*.utf16le; do
  { printf '\010'; cat "$f"; } > "$corpus/seed-u16-$(basename "$f" .utf16le)"
done
JAZZER_FUZZ=1 mvn -B -o test -Dtest=PageFuzzTest -Dtest.excludedGroups=slow -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | tee fuzz.log \
  | grep -E '^#[0-9]+|Tests run|FAIL|crash|Exception' || true
echo "scratch copy: $scratch (log: $scratch/fuzz.log)"
ls -l src/test/resources/org/wikirefine/findings/PageFuzzTestInputs/wholePage/
