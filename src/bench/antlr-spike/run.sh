#!/usr/bin/env bash
# ANTLR-lexer spike (docs/parser.md). Needs `mvn -B -q -DskipTests test-compile dependency:build-classpath
# -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test` first. Usage: run.sh [seconds]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/../../.."
m2="${HOME}/.m2/repository"
tool="$m2/org/antlr/antlr4/4.13.2/antlr4-4.13.2.jar:$m2/org/antlr/ST4/4.3.4/ST4-4.3.4.jar:$m2/org/antlr/antlr-runtime/3.5.3/antlr-runtime-3.5.3.jar:$m2/org/antlr/antlr4-runtime/4.13.2/antlr4-runtime-4.13.2.jar:$(ls $m2/org/abego/treelayout/org.abego.treelayout.core/*/*.jar | head -1)"
out="$(mktemp -d)"
java -cp "$tool" org.antlr.v4.Tool -o "$out" "$here/WikitextTokens.g4"
cp "$here/LexerSpike.java" "$out/"
cp="$root/target/classes:$(cat "$root/target/test-cp.txt")"
javac -d "$out" -cp "$cp" "$out"/*.java
cd "$root" && java -cp "$out:$cp" LexerSpike "${1:-20}" fixtures/pages/zh fixtures/pages/en
