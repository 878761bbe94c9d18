#!/usr/bin/env bash
# Instruction counts of the analysis alone, repeatable on a loaded machine (the knowledge load is not counted).
# `sitrep` itself cannot run under valgrind 3.19 (its async main crashes valgrind), so this uses a synchronous harness:
#   mkdir -p Sources/sitrepcg && cp scripts/callgrind/main.swift Sources/sitrepcg/   (then, in Package.swift, locally:)
#   package.targets.append(.executableTarget(name: "sitrepcg", dependencies: ["SitrepPipeline", "SitrepModel", "SitrepIngest", "SitrepKnowledge", "SitrepLanguage"]))
#   package.products.append(.executable(name: "sitrepcg", targets: ["sitrepcg"]))
#   swift build -c release --product sitrepcg
# Usage: cg.sh BIN OUT ARGS...   e.g. cg.sh .build/release/sitrepcg /tmp/gsr.cg ../shared/corpora/events/petrarch2_gsr_validation.jsonl 2
#        cg.sh .build/release/sitrepcg /tmp/seed.cg ../shared/seeds/000_7b1f1785c4cd37aa.txt 20 recognize
# The harness loads, warms up (WARMFILE=other.jsonl warms on another file, NOWARM=1 not at all), then waits for
# callgrind's instrumentation to be switched on; hashing is made deterministic so that runs compare exactly.
set -u
B=$1; O=$2; shift 2
D=$(mktemp -d)
SWIFT_DETERMINISTIC_HASHING=1 CG_GO=$D valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$O" "$B" "$@" > "$O.log" 2>&1 &
while [ -z "$(ls "$D" | grep ready)" ]; do sleep 1; done
P=$(ls "$D" | grep ready | sed 's/ready-//')
callgrind_control -i on "$P" > /dev/null
touch "$D/go-$P"
wait
rm -rf "$D"
grep -v "^==" "$O.log"
callgrind_annotate "$O" 2>/dev/null | grep "PROGRAM TOTALS"
