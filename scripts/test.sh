#!/usr/bin/env bash
# Runs every test of the project on a fresh machine: installs what the tests need, builds, tests, checks format.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== restore and build"
dotnet restore ReadinessAction.sln
dotnet build ReadinessAction.sln --no-restore -c Release

echo "== test tools (Prism, GitHub's OpenAPI description, webhook payloads)"
npm ci --prefix tests/tools --no-audit --no-fund --ignore-scripts

echo "== unit and integration tests"
dotnet test ReadinessAction.sln --no-build -c Release --logger "console;verbosity=normal"

echo "== code style"
dotnet format ReadinessAction.sln --verify-no-changes --no-restore
