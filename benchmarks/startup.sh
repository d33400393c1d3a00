#!/usr/bin/env bash
# Prints the start-up table (never asserted in tests): `check` on samples/demo as a cold process, median of 5, wall and
# CPU (user+sys) seconds, for the ways the app is shipped: the framework-dependent build (JIT), the same published
# ReadyToRun, and the container's publish (the Dockerfile's options) with and without ReadyToRun and compression.
# Each variant must print what the build prints. `--help` is the floor: starting the runtime and parsing arguments.
#
#   benchmarks/startup.sh        (STARTUP_DIR keeps the publishes; ONLY="build image" measures only those variants)
set -euo pipefail
cd "$(dirname "$0")/.."
work="${STARTUP_DIR:-$(mktemp -d -t readiness-startup.XXXXXX)}"
rid="linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')"
project=src/ReadinessAction/ReadinessAction.csproj
trimmed=(-r "$rid" --self-contained -p:PublishTrimmed=true -p:PublishSingleFile=true)
mkdir -p "$work"

if [[ ! -x /usr/bin/time ]]; then
    apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

# wanted NAME: the variant is measured (all of them unless ONLY names some).
wanted() { [[ -z ${ONLY:-} || " $ONLY " == *" $1 "* ]]; }

# publish NAME ARGS...: the app published (or built) into $work/NAME, once, when it is measured.
publish() {
    local name=$1
    shift
    wanted "$name" || return 0
    [[ -d $work/$name ]] || dotnet publish "$project" -c Release "$@" -o "$work/$name" --nologo -v quiet >"$work/$name.log" ||
        { cat "$work/$name.log" && return 1; }
}

# median_of_5 COMMAND...: "wall cpu" medians of five cold runs of `COMMAND check` on samples/demo.
median_of_5() {
    local runs=$work/runs.txt
    : >"$runs"
    for _ in 1 2 3 4 5; do
        /usr/bin/time -o "$work/time.txt" -f '%e %U %S' "$@" >/dev/null 2>&1 || true
        tail -1 "$work/time.txt" >>"$runs"
    done
    echo "$(awk '{print $1}' "$runs" | sort -n | sed -n 3p) $(awk '{printf "%.2f\n", $2 + $3}' "$runs" | sort -n | sed -n 3p)"
}

variants=(
    "build|framework-dependent build (JIT)|dotnet $work/build/readiness.dll"
    "r2r|framework-dependent, ReadyToRun|dotnet $work/r2r/readiness.dll"
    "image|trimmed single file, compressed (before)|$work/image/readiness"
    "image-r2r|trimmed single file, ReadyToRun|$work/image-r2r/readiness"
    "image-r2r-compressed|trimmed single file, ReadyToRun, compressed|$work/image-r2r-compressed/readiness"
    "image-r2r-composite|trimmed single file, ReadyToRun composite|$work/image-r2r-composite/readiness"
)
dotnet build "$project" -c Release -o "$work/build" --nologo -v quiet >/dev/null
publish r2r -r "$rid" --self-contained false -p:PublishReadyToRun=true
publish image "${trimmed[@]}" -p:PublishReadyToRun=false -p:EnableCompressionInSingleFile=true
publish image-r2r "${trimmed[@]}" -p:PublishReadyToRun=true
publish image-r2r-compressed "${trimmed[@]}" -p:PublishReadyToRun=true -p:EnableCompressionInSingleFile=true
publish image-r2r-composite "${trimmed[@]}" -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true
dotnet "$work/build/readiness.dll" check --workspace samples/demo --format json >"$work/expected.json" || true

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(dotnet --version), load $(cut -d' ' -f1 /proc/loadavg), $(date -u +%Y-%m-%d)"
printf '| %-45s | %7s | %7s | %8s | %8s | %-9s |\n' "check on samples/demo, cold, median of 5" "wall s" "CPU s" "help s" "size MB" "output"
printf '|%s|%s|%s|%s|%s|%s|\n' ----------------------------------------------- --------- --------- ---------- ---------- -----------
for entry in "${variants[@]}"; do
    IFS='|' read -r name label command <<<"$entry"
    wanted "$name" || continue
    read -r -a argv <<<"$command"
    read -r wall cpu < <(median_of_5 "${argv[@]}" check --workspace samples/demo)
    read -r help _ < <(median_of_5 "${argv[@]}" --help)
    "${argv[@]}" check --workspace samples/demo --format json >"$work/$name.json" 2>/dev/null || true
    same=$(cmp -s "$work/expected.json" "$work/$name.json" && echo identical || echo DIFFERS)
    size=$(du -sb "$work/$name" | awk '{printf "%.1f", $1 / 1000000}')
    printf '| %-45s | %7s | %7s | %8s | %8s | %-9s |\n' "$label" "$wall" "$cpu" "$help" "$size" "$same"
done
