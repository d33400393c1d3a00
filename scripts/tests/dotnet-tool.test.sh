#!/usr/bin/env bash
# Packs the dotnet tool, installs it from the package into a temporary tool path, and checks that the installed
# `readiness` is this machine's ReadyToRun package (ReadinessAction.<rid>, not the portable 'any') and judges the
# sample exactly as the build does (same JSON report, same exit code).
set -uo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL dotnet tool: $*"; exit 1; }

# Not --no-build: the RID-specific packages are published (ReadyToRun) from builds of their own, under bin/Release/net10.0/<rid>/,
# so the test run's build is left as it was. The outer build is up to date.
dotnet pack src/ReadinessAction/ReadinessAction.csproj -c Release -p:PackageVersion=0.0.0-test -o "$work/dist" >"$work/pack.log" 2>&1 \
    || { cat "$work/pack.log"; fail "dotnet pack failed"; }
dotnet tool install --tool-path "$work/tool" --add-source "$work/dist" --version 0.0.0-test ReadinessAction \
    >"$work/install.log" 2>&1 || { cat "$work/install.log"; fail "dotnet tool install failed"; }
[[ -x $work/tool/readiness ]] || fail "the package installs no 'readiness' command"
rid="linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')"
for package in ReadinessAction ReadinessAction.any ReadinessAction.linux-x64 ReadinessAction.linux-arm64 ReadinessAction.win-x64 ReadinessAction.osx-arm64; do
    [[ -f $work/dist/$package.0.0.0-test.nupkg ]] || fail "dotnet pack made no $package package"
done
[[ $(readlink -f "$work/tool/readiness") == */readinessaction.$rid/* ]] \
    || fail "installed $(readlink -f "$work/tool/readiness"), not the $rid package"

"$work/tool/readiness" check --workspace samples/demo --format json --output "$work/tool.json" >/dev/null 2>&1
tool_exit=$?
dotnet src/ReadinessAction/bin/Release/net10.0/readiness.dll check --workspace samples/demo --format json \
    --output "$work/build.json" >/dev/null 2>&1
build_exit=$?

[[ $tool_exit == "$build_exit" ]] || fail "exit code $tool_exit, the build's is $build_exit"
[[ -s $work/tool.json ]] || fail "the tool wrote no report"
cmp -s "$work/tool.json" "$work/build.json" || { diff "$work/build.json" "$work/tool.json" | head -20; fail "reports differ"; }
echo "ok   dotnet tool: packed, installed, same report and exit code ($tool_exit) as the build on samples/demo"
