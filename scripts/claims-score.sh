#!/usr/bin/env bash
# Measures the claim recogniser on the labelled corpus: recall, precision and asserted agreement per kind.
# Arguments go to `readiness dev score-claims` (e.g. --details --kind test_count --file A04).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/ReadinessAction -c Release -v quiet -nologo >/dev/null
exec dotnet "$(dotnet msbuild src/ReadinessAction -getProperty:TargetPath -p:Configuration=Release)" dev score-claims "$@"
