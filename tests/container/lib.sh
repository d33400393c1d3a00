# shellcheck shell=bash disable=SC2034,SC2154  # variables shared with run.sh
# Helpers of tests/container/run.sh: phase timing, assertions, and running the image the way GitHub runs a Docker
# action. Sourced, not run.

bah=(buildah --storage-driver vfs)
timings=()
passed=0
failed=0

# phase NAME COMMAND...: runs one step, prints and records how long it took.
phase() {
    local name=$1 t0=$SECONDS
    shift
    echo "-- $name"
    current_phase=$name
    "$@"
    current_phase=
    timings+=("$(printf '%-30s %5ds' "$name" $((SECONDS - t0)))")
}

print_timings() {
    echo "== container timings"
    printf '%s\n' "${timings[@]}"
}

ok() {
    passed=$((passed + 1))
    echo "ok   $1"
}

not_ok() {
    failed=$((failed + 1))
    echo "FAIL $1"
    if [[ -n ${2:-} ]]; then echo "     $2"; fi
}

# expect_eq WHAT WANT GOT
expect_eq() { if [[ $3 == "$2" ]]; then ok "$1"; else not_ok "$1" "want '$2', got '$3'"; fi; }

# expect WHAT COMMAND...: the command succeeds.
expect() {
    local what=$1
    shift
    if "$@"; then ok "$what"; else not_ok "$what" "failed: $*"; fi
}

contains() { [[ $1 == *"$2"* ]]; }
lacks() { ! grep -qF "$2" "$1"; }
lacks_line() { ! grep -qE "$1" "$2"; }
nonempty_file() { [[ -f $1 && -s $1 ]]; }

# image_config KEY: one field of the built image's OCI configuration, as JSON.
image_config() { "${bah[@]}" inspect --type image "$IMAGE" | jq -c ".OCIv1.config.$1"; }

# image_size NAME: uncompressed size in bytes.
image_size() { podman --storage-driver vfs image inspect "$1" | jq '.[0].Size'; }

mb() { echo "$(($1 / 1000000)) MB"; }

# run_in_image HOST_RUN_DIR COMMAND...: runs COMMAND in the working container with GitHub's mounts for a Docker
# action (the runner's temp folders under HOST_RUN_DIR, the workspace from $RUN_WORKSPACE) and its working directory.
# Environment: the RUN_ENV array of NAME=VALUE. Sets run_status; output goes to HOST_RUN_DIR/{stdout,stderr}.
run_in_image() {
    local dir=$1 env_args=() pair
    shift
    mkdir -p "$dir/home" "$dir/workflow" "$dir/file_commands"
    for pair in "${RUN_ENV[@]}"; do env_args+=(-e "$pair"); done
    run_status=0
    "${bah[@]}" run --isolation chroot --workingdir /github/workspace "${env_args[@]}" \
        -v "$RUN_WORKSPACE:/github/workspace" -v "$dir/home:/github/home" -v "$dir/workflow:/github/workflow" \
        -v "$dir/file_commands:/github/file_commands" \
        "$CONTAINER" -- "$@" >"$dir/stdout" 2>"$dir/stderr" || run_status=$?
}

# buildah's own lines about the exit status of what it ran, on the run's stderr.
BUILDAH_LINES='^(subprocess exited with status [0-9]+|Error: exit status [0-9]+)$'

# show DIR [STDOUT_FILTER]: what a run printed, without buildah's own lines.
show() {
    ${2:-cat} "$1/stdout"
    grep -vE "$BUILDAH_LINES" "$1/stderr" || true
}

# prepare_workspace DIR: what actions/checkout gives the action: the tracked files of samples/demo.
prepare_workspace() {
    rm -rf "$1" && mkdir -p "$1"
    if [[ -d samples/demo ]]; then
        git ls-files -z samples/demo | tar --null -T - -cf - | tar -xf - -C "$1" --strip-components=2
    else
        echo "note: samples/demo is not in this tree yet; the workspace is empty"
    fi
}
