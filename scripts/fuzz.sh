#!/usr/bin/env bash
# Long runs of the seeded mutation fuzzer (tests/ReadinessAction.Tests/Security/Fuzzing): mutates the seed checklists
# and the artifact corpus and runs each mutant through parsing, claim extraction, the artifact readers, verification
# and the JSON report, in process. Prints each failure with the seed and iteration that reproduce it.
#
#   scripts/fuzz.sh [ITERATIONS] [SEED]        e.g. scripts/fuzz.sh 100000 7
#   scripts/fuzz.sh 1 SEED --only ITERATION    reproduce one failure
set -euo pipefail
cd "$(dirname "$0")/.."
export READINESS_FUZZ_ITERATIONS="${1:-20000}"
export READINESS_FUZZ_SEED="${2:-$RANDOM}"
if [[ ${3:-} == --only ]]; then
    export READINESS_FUZZ_ONLY="${4:?--only needs the iteration}"
fi
echo "fuzzing: ${READINESS_FUZZ_ITERATIONS} iterations, seed ${READINESS_FUZZ_SEED}${READINESS_FUZZ_ONLY:+, only iteration $READINESS_FUZZ_ONLY}"
dotnet build tests/ReadinessAction.Tests -c Release -v quiet -nologo | grep -E " error |rror CS" && exit 2
true
dotnet test tests/ReadinessAction.Tests -c Release --no-build --logger "console;verbosity=normal" \
    --filter "FullyQualifiedName~MutationFuzzTests" -- RunConfiguration.TestSessionTimeout=0 \
    | sed -n '/iterations failed/,/^ *Stack Trace/p;/Passed!\|Failed!\|Test Run\|Total tests\|Passed:\|Failed:/p'
