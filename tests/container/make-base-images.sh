#!/usr/bin/env bash
# Makes local stand-ins for the Microsoft base images, under their exact names, because no image registry is reachable
# here. Test scaffolding only: users build the same Dockerfile against the real images.
#   runtime-deps: Debian bookworm minbase (what the debian:bookworm-slim image holds: the required packages, apt and
#                 the few they pull in) plus the packages Microsoft's runtime-deps image installs, cleaned like a slim
#                 image (no apt lists, docs, man pages or locales); the others start from it;
#   runtime-deps chiseled (10.0-noble-chiseled, and -extra with ICU and tzdata): a distroless root holding only what
#                 Microsoft's chisel slices hold (libc, libgcc, libssl, libstdc++ libraries, the CA bundle, the os-release
#                 and passwd files; no shell, no package manager), copied out of the bookworm root by the packages' file
#                 lists (tests/container/chisel-root.sh); -extra is made only when named, for the Dockerfile's
#                 measurements;
#   runtime:      runtime-deps plus this machine's .NET host and Microsoft.NETCore.App shared framework;
#   sdk:          runtime-deps plus this machine's whole .NET SDK, its CA bundle and NuGet revocation mode (this
#                 machine's TLS interception must be trusted for the restore inside the build).
# Usage: make-base-images.sh [IMAGE...]; without arguments, the images the Dockerfile's FROM lines name.
# An image that already exists is kept; REBUILD_BASE_IMAGES=1 makes them again. Needs root, debootstrap and podman.
set -euo pipefail

RUNTIME_DEPS_IMAGE=mcr.microsoft.com/dotnet/runtime-deps:10.0
CHISELED_IMAGE=mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled
CHISELED_EXTRA_IMAGE=mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled-extra
RUNTIME_IMAGE=mcr.microsoft.com/dotnet/runtime:10.0
SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0
RUNTIME_DEPS_PACKAGES=ca-certificates,libicu72,libssl3,tzdata,zlib1g
work=${CONTAINER_WORK:-/var/tmp/readiness-container}/base
podman=(podman --storage-driver vfs)
dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
# The environment Microsoft's images set (they also define the 'app' user; nothing here needs it).
runtime_env=(--change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
    --change 'ENV DOTNET_RUNNING_IN_CONTAINER=true' --change 'ENV APP_UID=1654')
# Microsoft's chiseled images: a non-root user by default, and invariant globalization where ICU is left out.
chiseled_env=("${runtime_env[@]}" --change 'ENV ASPNETCORE_HTTP_PORTS=8080' --change 'USER 1654')
sdk_env=("${runtime_env[@]}" --change 'ENV DOTNET_NOLOGO=true' --change 'ENV NUGET_XMLDOC_MODE=skip'
    --change 'ENV DOTNET_CLI_TELEMETRY_OPTOUT=1')
if [[ -n ${NUGET_CERT_REVOCATION_MODE:-} ]]; then
    sdk_env+=(--change "ENV NUGET_CERT_REVOCATION_MODE=$NUGET_CERT_REVOCATION_MODE")
fi

# timed WHAT COMMAND...
timed() {
    local what=$1 t0=$SECONDS
    shift
    "$@"
    echo "   $what: $((SECONDS - t0))s"
}

image_exists() { [[ ${REBUILD_BASE_IMAGES:-0} != 1 ]] && "${podman[@]}" image exists "$1"; }

bootstrap() {
    debootstrap --variant=minbase --include="$RUNTIME_DEPS_PACKAGES" bookworm "$1" >"$work/debootstrap.log" 2>&1 ||
        { tail -20 "$work/debootstrap.log" && return 1; }
}

# new_root NAME: a copy of the runtime-deps root (debootstrapped once per run of this script).
new_root() {
    local deps=$work/minbase.root
    if [[ ! -f $work/minbase.done ]]; then
        rm -rf "$deps"
        timed "debootstrap of the runtime-deps root" bootstrap "$deps"
        rm -rf "$deps"/var/cache/apt/*.bin "$deps"/var/cache/apt/archives/*.deb "$deps"/var/lib/apt/lists/* \
            "$deps"/usr/share/doc/* "$deps"/usr/share/man/* "$deps"/usr/share/info/* "$deps"/usr/share/locale/*
        touch "$work/minbase.done"
    fi
    rm -rf "$work/$1.root"
    cp -a "$deps" "$work/$1.root"
}

# add_dotnet_dir NAME: the root NAME gets /usr/share/dotnet and the dotnet command on PATH, as Microsoft's images have.
add_dotnet_dir() {
    mkdir -p "$work/$1.root/usr/share/dotnet"
    ln -sf /usr/share/dotnet/dotnet "$work/$1.root/usr/bin/dotnet"
}

# import_root NAME IMAGE [--change ...]: a one-layer image from the root NAME, which is then removed.
import_root() {
    local root=$work/$1.root image=$2
    shift 2
    "${podman[@]}" rmi --force "$image" >/dev/null 2>&1 || true
    tar -C "$root" -cf "$work/image.tar" .
    "${podman[@]}" import --quiet "$@" "$work/image.tar" "$image" >/dev/null
    rm -rf "$work/image.tar" "$root"
}

make_runtime_deps_image() {
    new_root runtime-deps
    timed "import $RUNTIME_DEPS_IMAGE" import_root runtime-deps "$RUNTIME_DEPS_IMAGE" "${runtime_env[@]}"
}

# make_chiseled_image IMAGE EXTRA(0|1)
make_chiseled_image() {
    local env=("${chiseled_env[@]}")
    new_root "chisel-source"
    CHISEL_EXTRA=$2 "$(dirname "$0")/chisel-root.sh" "$work/chisel-source.root" "$work/chiseled.root"
    rm -rf "$work/chisel-source.root"
    if [[ $2 == 0 ]]; then env+=(--change 'ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=true'); fi
    timed "import $1" import_root chiseled "$1" "${env[@]}"
}

make_runtime_image() {
    new_root runtime
    add_dotnet_dir runtime
    local target=$work/runtime.root/usr/share/dotnet
    cp -a "$dotnet_root/dotnet" "$dotnet_root/host" "$target/"
    mkdir -p "$target/shared"
    cp -a "$dotnet_root/shared/Microsoft.NETCore.App" "$target/shared/"
    timed "import $RUNTIME_IMAGE" import_root runtime "$RUNTIME_IMAGE" "${runtime_env[@]}"
}

make_sdk_image() {
    new_root sdk
    add_dotnet_dir sdk
    cp -a "$dotnet_root/." "$work/sdk.root/usr/share/dotnet/"
    cp /etc/ssl/certs/ca-certificates.crt "$work/sdk.root/etc/ssl/certs/ca-certificates.crt"
    timed "import $SDK_IMAGE" import_root sdk "$SDK_IMAGE" "${sdk_env[@]}"
}

make_image() {
    case $1 in
    "$RUNTIME_DEPS_IMAGE") make_runtime_deps_image ;;
    "$CHISELED_IMAGE") make_chiseled_image "$1" 0 ;;
    "$CHISELED_EXTRA_IMAGE") make_chiseled_image "$1" 1 ;;
    "$RUNTIME_IMAGE") make_runtime_image ;;
    "$SDK_IMAGE") make_sdk_image ;;
    *) echo "no stand-in for $1" >&2 && return 1 ;;
    esac
}

images=("$@")
if ((${#images[@]} == 0)); then
    mapfile -t images < <(sed -nE 's/^FROM[[:space:]]+(--platform=[^[:space:]]+[[:space:]]+)?([^[:space:]]+).*/\2/p' \
        "$(dirname "$0")/../../Dockerfile")
fi
mkdir -p "$work"
rm -f "$work/minbase.done"
for image in "${images[@]}"; do image_exists "$image" || make_image "$image"; done
rm -rf "$work/minbase.root" "$work/minbase.done"
"${podman[@]}" images --format '{{.Repository}}:{{.Tag}} {{.Size}}' | grep '^mcr.microsoft.com/dotnet/' || true
