#!/usr/bin/env bash
# Peak memory and throughput of `readiness evidence` on very large artifacts: a JUnit file with 1,000,000 test cases
# and a ~1 GB Cobertura file. A benchmark, not a test: run by hand, never part of scripts/test.sh.
#
#   benchmarks/artifact-memory.sh [junit|output|cobertura|all]
#
# "output" reads 100,000 cases twice: with little output, and with 4 KB of system-out on every passing case (a file
# about 8x larger). Peak memory should be about the same: only the per-test records are kept.
#
# Environment: BENCH_DIR (work directory, default a temp dir; the files are kept there for reruns),
# JUNIT_CASES (default 1000000), COBERTURA_MB (default 1024).
set -euo pipefail
cd "$(dirname "$0")/.."

which_runs="${1:-all}"
work="${BENCH_DIR:-$(mktemp -d -t readiness-bench.XXXXXX)}"
cases="${JUNIT_CASES:-1000000}"
megabytes="${COBERTURA_MB:-1024}"
mkdir -p "$work"

if [[ ! -x /usr/bin/time ]]; then
  echo "== installing GNU time"
  apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

echo "== building readiness (Release) into $work/bin"
dotnet build src/ReadinessAction/ReadinessAction.csproj -c Release -o "$work/bin" --nologo -v quiet >/dev/null

generate() { # kind file args...
  local kind="$1" file="$2"; shift 2
  if [[ ! -s "$file" ]]; then
    echo "== generating $kind artifact $file"
    python3 benchmarks/generate_artifacts.py "$kind" "$file" "$@"
  fi
}

measure() { # label workspace option glob
  local label="$1" workspace="$2" option="$3" glob="$4"
  local bytes; bytes=$(find "$workspace" -type f -name '*.xml' -printf '%s\n' | awk '{s+=$1} END {print s}')
  echo "== $label: $(awk -v b="$bytes" 'BEGIN {printf "%.1f MB", b / 1048576}')"
  local status=0
  /usr/bin/time -v dotnet "$work/bin/readiness.dll" evidence --workspace "$workspace" "$option" "$glob" \
    --format json --output "$work/$label.json" 2>"$work/$label.time" || status=$?
  local seconds rss_kb
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$work/$label.time")
  rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/$label.time")
  grep -v -E '^\s|^$' "$work/$label.time" | grep -v 'Command being timed' || true
  awk -v b="$bytes" -v s="$seconds" -v r="$rss_kb" -v st="$status" -v l="$label" 'BEGIN {
    printf "%s: exit %d, %.1f s, %.1f MB/s, peak RSS %.0f MB\n", l, st, s, (b / 1048576) / s, r / 1024 }'
  python3 - "$work/$label.json" <<'PY' || true
import json, sys
report = json.load(open(sys.argv[1]))
print("  merged:", json.dumps(report.get("merged")))
for d in report.get("diagnostics", [])[:5]:
    print("  diagnostic:", d.get("severity"), d.get("code"), d.get("path"), d.get("message"))
PY
}

if [[ "$which_runs" == "all" || "$which_runs" == "junit" ]]; then
  generate junit "$work/junit/TEST-large.xml" --cases "$cases"
  measure junit "$work/junit" --test-results "*.xml"
fi

if [[ "$which_runs" == "all" || "$which_runs" == "output" ]]; then
  generate junit "$work/junit-100k/TEST-small-output.xml" --cases 100000
  measure junit-100k "$work/junit-100k" --test-results "*.xml"
  generate junit "$work/junit-100k-output/TEST-large-output.xml" --cases 100000 --output-every 1
  measure junit-100k-output "$work/junit-100k-output" --test-results "*.xml"
fi

if [[ "$which_runs" == "all" || "$which_runs" == "cobertura" ]]; then
  generate cobertura "$work/cobertura/coverage.cobertura.xml" --megabytes "$megabytes"
  measure cobertura "$work/cobertura" --coverage "*.xml"
fi

echo "== files kept in $work (delete when done)"
