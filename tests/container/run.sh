#!/usr/bin/env bash
# The container test: builds the project's real Dockerfile with buildah, on local stand-ins of the Microsoft base
# images (no Docker engine and no image registry here), then runs the image the way GitHub runs a Docker action,
# against a copy of samples/demo and the stateful fake GitHub, and once as the Azure Pipelines step template runs it
# (tests/container/azure.sh). Needs root; installs what it needs on a fresh Debian.
# FRESH=1 (the default when CI=true: CI caches nothing) first removes the image, the stand-ins and the working
# container, as on a fresh machine; otherwise existing stand-ins are reused.
set -euo pipefail
cd "$(dirname "$0")/../.."

# Two runs on one machine (two checkouts) need their own image tag and working container: CONTAINER_TEST_TAG.
IMAGE=localhost/readiness:${CONTAINER_TEST_TAG:-ci}
CONTAINER_NAME=readiness-${CONTAINER_TEST_TAG:-ci}-test
SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0
RUNTIME_DEPS_IMAGE=mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled
# The final stage's base: the last FROM of the Dockerfile.
BASE_IMAGE=$(sed -nE 's/^FROM[[:space:]]+([^[:space:]]+).*/\1/p' Dockerfile | tail -1)
# The test data vendored in the repository (seeds, artifact corpus) for the CLI comparisons.
CORPUS=$(pwd)/tests/corpus
export CONTAINER_WORK=${CONTAINER_WORK:-/var/tmp/readiness-container}
work=$CONTAINER_WORK/run
# shellcheck source=tests/container/lib.sh
source tests/container/lib.sh
# shellcheck source=tests/container/github.sh
source tests/container/github.sh
# shellcheck source=tests/container/azure.sh
source tests/container/azure.sh

install_tools() {
    local missing=() tool
    for tool in buildah podman debootstrap jq curl; do command -v "$tool" >/dev/null || missing+=("$tool"); done
    if ((${#missing[@]} > 0)); then
        echo "installing ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

remove_container() { "${bah[@]}" rm "$CONTAINER_NAME" >/dev/null 2>&1 || true; }

remove_everything() {
    remove_container
    podman --storage-driver vfs rmi --force "$IMAGE" "$SDK_IMAGE" "$RUNTIME_DEPS_IMAGE" "$RUNTIME_DEPS_IMAGE-extra" \
        mcr.microsoft.com/dotnet/runtime-deps:10.0 mcr.microsoft.com/dotnet/runtime:10.0 >/dev/null 2>&1 || true
    rm -rf "$CONTAINER_WORK"
}

cleanup() {
    local status=$?
    if ((status != 0)) && [[ -n ${current_phase:-} ]]; then echo "container test stopped in phase: $current_phase"; fi
    if [[ -n ${FAKE_PID:-} ]]; then kill "$FAKE_PID" 2>/dev/null || true; fi
    remove_container
}

build_image() {
    remove_container
    podman --storage-driver vfs rmi --force "$IMAGE" >/dev/null 2>&1 || true
    if ! "${bah[@]}" bud --isolation chroot --pull=never -t "$IMAGE" . >"$work/build.log" 2>&1; then
        cat "$work/build.log"
        return 1
    fi
    grep -E '^\[[0-9]/[0-9]\] STEP|->|warn' "$work/build.log" || true
}

# The trimmed publish may warn only that Handlebars.Net and YamlDotNet, which it keeps whole, have trim warnings
# (IL2104); any other warning, or a new library with trim warnings, needs a look before it ships.
only_known_trim_warnings() {
    local warnings
    warnings=$(grep -E ': warning [A-Z]+[0-9]+' "$work/build.log" | sort -u || true)
    [[ $(grep -oE "warning IL2104: Assembly '[^']+'" <<<"$warnings" | sort -u | tr '\n' ' ') == \
        "warning IL2104: Assembly 'Handlebars' warning IL2104: Assembly 'YamlDotNet' " ]] &&
        [[ $(grep -vc 'warning IL2104:' <<<"$warnings") == 0 ]]
}

check_build() {
    expect "publish warns only about the libraries kept whole (IL2104: Handlebars, YamlDotNet)" only_known_trim_warnings
}

check_image() {
    local total base
    expect_eq "ENTRYPOINT is exec form and absolute" '["/app/readiness","action"]' "$(image_config Entrypoint)"
    expect_eq "no WORKDIR in the final stage" null "$(image_config WorkingDir)"
    expect_eq "USER 0 in the final stage (GitHub runs it as root; the chiseled base runs as app)" '"0"' "$(image_config User)"
    expect_eq "final stage is runtime-deps chiseled (the app brings its own trimmed runtime)" "$RUNTIME_DEPS_IMAGE" "$BASE_IMAGE"
    total=$(image_size "$IMAGE")
    base=$(image_size "$BASE_IMAGE")
    echo "image size: $(mb "$total") uncompressed = $BASE_IMAGE stand-in $(mb "$base") + app $(mb $((total - base)))"
    # The app is one ReadyToRun file with its symbols embedded, about 47 MB (the Dockerfile has the figures); the
    # issue's aim for the image is 60 MB, which leaves the app 47.2 MB on the 12.8 MB chiseled stand-in.
    expect "final stage adds only the published app (< 47.2 MB)" test $((total - base)) -lt 47200000
    expect "image under 60 MB uncompressed" test "$total" -lt 60000000
    mapfile -t ENTRYPOINT < <(image_config Entrypoint | jq -r '.[]')
    CONTAINER=$("${bah[@]}" from --pull=never --name "$CONTAINER_NAME" "$IMAGE")
}

# The CLI in the image must answer exactly as the framework-dependent build on the host: the image's app is trimmed.
# same_as_host DIR: the image printed what the host printed, on both streams (the workspace path aside); shows the
# difference.
same_as_host() {
    local stream status=0
    for stream in stdout stderr; do
        diff <(sed "s#$RUN_WORKSPACE#/github/workspace#g" "$1/host.$stream") <(grep -vE "$BUILDAH_LINES" "$1/$stream") |
            head -20 || status=1
    done
    return "$status"
}

verdict_line() { jq -c '{verdict, summary}' "$1" 2>/dev/null || head -20 "$1"; }

# cli_run NAME ARGS...: `readiness ARGS` in the image and on the host, both in the workspace $RUN_WORKSPACE; sets
# run_status (the image's) and host_status. Results under $work/cli-NAME.
cli_run() {
    local dir=$work/cli-$1
    shift
    run_in_image "$dir" /app/readiness "$@"
    host_status=0
    (cd "$RUN_WORKSPACE" && dotnet "$HOST_APP" "$@") >"$dir/host.stdout" 2>"$dir/host.stderr" || host_status=$?
}

# cli_same NAME WHAT ARGS...: `readiness ARGS` prints the same and exits the same in the image and on the host.
cli_same() {
    local name=$1 what=$2
    shift 2
    cli_run "$name" "$@"
    expect_eq "$what: exits as on the host" "$host_status" "$run_status"
    expect "$what: prints what it prints on the host" same_as_host "$work/cli-$name"
}

# copy_corpus NAME: a workspace holding tests/corpus/NAME.
copy_corpus() {
    RUN_WORKSPACE=$work/ws-$1
    rm -rf "$RUN_WORKSPACE" && cp -a "$CORPUS/$1" "$RUN_WORKSPACE"
}

check_cli() {
    local format
    dotnet build src/ReadinessAction -c Release -v quiet -nologo >"$work/host-build.log" 2>&1 || { cat "$work/host-build.log"; return 1; }
    HOST_APP=$(dotnet msbuild src/ReadinessAction -getProperty:TargetPath -p:Configuration=Release)
    RUN_WORKSPACE=$work/ws-check
    RUN_ENV=()
    prepare_workspace "$RUN_WORKSPACE"
    run_in_image "$work/help" /app/readiness --help
    expect_eq "readiness --help runs in the image" 0 "$run_status"
    run_in_image "$work/shell" /bin/sh -c true
    expect "the image has no shell (distroless)" test "$run_status" -ne 0
    cli_same check-json "check --format json on the demo" check --format json
    show "$work/cli-check-json" verdict_line
    expect "check in the image does not crash" lacks "$work/cli-check-json/stderr" "crashed"
    CHECK_STATUS=$run_status
    if jq -e .verdict "$work/cli-check-json/stdout" >/dev/null 2>&1; then
        expect_eq "check's exit code is its verdict's" \
            "$(jq -r '{"pass": 0, "fail": 1}[.verdict] // 2' "$work/cli-check-json/stdout")" "$run_status"
    else
        echo "note: check --format json printed no JSON report yet"
    fi
    for format in markdown text; do cli_same "check-$format" "check --format $format on the demo" check --format "$format"; done
    cli_same evidence-demo "evidence on the demo" evidence --coverage 'artifacts/**' --test-results 'artifacts/**'
    cli_same bad-option "a bad option" check --format nope
    if copy_corpus seeds; then
        cli_same seeds "check --format markdown on the seed checklists" check --checklist '*' --format markdown
    fi
    if copy_corpus artifacts; then
        cli_same corpus "evidence --format json on the artifact corpus" evidence --coverage '**/*' --test-results '**/*' --format json
    fi
}

# What `docker build .` sends: the app's sources and build settings, never .git, tests, samples or local bin/ obj/.
# Listed in the SDK image, since the final stage's base has no shell.
check_context() {
    local listing=$work/context.txt
    printf 'FROM %s\nCOPY . /context\nRUN cd /context && find . -mindepth 1\n' "$SDK_IMAGE" >"$work/context.Dockerfile"
    "${bah[@]}" bud --isolation chroot --pull=never -f "$work/context.Dockerfile" -t "localhost/readiness-context:${CONTAINER_TEST_TAG:-ci}" . \
        >"$work/context.log" 2>&1 || { cat "$work/context.log" && return 1; }
    grep '^\./' "$work/context.log" >"$listing" || true
    podman --storage-driver vfs rmi --force "localhost/readiness-context:${CONTAINER_TEST_TAG:-ci}" >/dev/null
    echo "build context: $(wc -l <"$listing") files and folders"
    expect "build context holds the app project" grep -qx ./src/ReadinessAction/ReadinessAction.csproj "$listing"
    expect "build context leaves out .git, tests and samples" lacks_line '^\./(\.git|tests|samples)(/|$)' "$listing"
    expect "build context holds the test-result readers (src/ReadinessAction/Evidence/TestResults)" \
        grep -qx ./src/ReadinessAction/Evidence/TestResults/TestResultSet.cs "$listing"
    grep -v '^\./src/ReadinessAction/Evidence/TestResults\(/\|$\)' "$listing" >"$listing.others" || true
    expect "build context leaves out bin/, obj/ and test output" lacks_line '/(bin|obj|TestResults)(/|$)' "$listing.others"
}

check_action() {
    expect "the image's readiness has the action command" grep -qE '^ +action ' "$work/help/stdout"
    start_fake_github
    github_scenarios
}

trap cleanup EXIT
if [[ ${FRESH:-$([[ ${CI:-} == true ]] && echo 1)} == 1 ]]; then remove_everything; fi
mkdir -p "$work"
phase "tools (apt-get)" install_tools
phase "base image stand-ins" tests/container/make-base-images.sh
phase "build Dockerfile (buildah)" build_image
phase "build warnings" check_build
phase "image configuration and size" check_image
phase "CLI in the image" check_cli
phase ".dockerignore" check_context
phase "action as GitHub runs it" check_action
phase "step as Azure Pipelines runs it" azure_scenarios
print_timings
echo "container: $passed passed, $failed failed"
((failed == 0))
