#!/usr/bin/env bash
# Makes local stand-ins for the Microsoft base images the Dockerfile names, under their exact names, because no image
# registry is reachable here. Test scaffolding only: users build the same Dockerfile against the real images.
#   runtime-deps: Debian bookworm minbase plus the packages Microsoft's runtime-deps image installs, cleaned like a
#                 slim image (no apt lists, docs, man pages or locales);
#   sdk:          the same root plus this machine's .NET SDK, its CA bundle and NuGet revocation mode (TLS interception).
# An image that already exists is kept; REBUILD_BASE_IMAGES=1 makes both again. Needs root, debootstrap and podman.
set -euo pipefail

RUNTIME_DEPS_IMAGE=mcr.microsoft.com/dotnet/runtime-deps:10.0
SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0
RUNTIME_DEPS_PACKAGES=ca-certificates,libicu72,libssl3,tzdata,zlib1g
work=${CONTAINER_WORK:-/var/tmp/readiness-container}/base
podman=(podman --storage-driver vfs)
# The environment both Microsoft images set (the real ones also define the 'app' user; nothing here needs it).
common_env=(--change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
    --change 'ENV DOTNET_RUNNING_IN_CONTAINER=true' --change 'ENV APP_UID=1654')

# timed WHAT COMMAND...
timed() {
    local what=$1 t0=$SECONDS
    shift
    "$@"
    echo "   $what: $((SECONDS - t0))s"
}

image_exists() { [[ ${REBUILD_BASE_IMAGES:-0} != 1 ]] && "${podman[@]}" image exists "$1"; }

# import_root ROOT NAME [--change ...]: one-layer image from a directory tree.
import_root() {
    local root=$1 name=$2
    shift 2
    "${podman[@]}" rmi --force "$name" >/dev/null 2>&1 || true
    tar -C "$root" -cf "$work/image.tar" .
    "${podman[@]}" import --quiet "$@" "$work/image.tar" "$name" >/dev/null
    rm -f "$work/image.tar"
}

bootstrap() {
    debootstrap --variant=minbase --include="$RUNTIME_DEPS_PACKAGES" bookworm "$1" >"$work/debootstrap.log" 2>&1 ||
        { tail -20 "$work/debootstrap.log" && return 1; }
}

make_runtime_deps_root() {
    local root=$work/runtime-deps.root
    if [[ -f $work/runtime-deps.done ]]; then return; fi
    rm -rf "$root"
    timed "debootstrap of the runtime-deps root" bootstrap "$root"
    rm -rf "$root"/var/cache/apt/*.bin "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* \
        "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/info/* "$root"/usr/share/locale/*
    touch "$work/runtime-deps.done"
}

make_runtime_deps_image() {
    make_runtime_deps_root
    timed "import $RUNTIME_DEPS_IMAGE" import_root "$work/runtime-deps.root" "$RUNTIME_DEPS_IMAGE" "${common_env[@]}"
}

make_sdk_image() {
    make_runtime_deps_root
    local root=$work/sdk.root dotnet_root
    dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
    rm -rf "$root"
    cp -a "$work/runtime-deps.root" "$root"
    mkdir -p "$root/usr/share/dotnet"
    cp -a "$dotnet_root/." "$root/usr/share/dotnet/"
    ln -sf /usr/share/dotnet/dotnet "$root/usr/bin/dotnet"
    cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"
    local env=("${common_env[@]}" --change 'ENV DOTNET_NOLOGO=true' --change 'ENV NUGET_XMLDOC_MODE=skip'
        --change 'ENV DOTNET_CLI_TELEMETRY_OPTOUT=1')
    if [[ -n ${NUGET_CERT_REVOCATION_MODE:-} ]]; then
        env+=(--change "ENV NUGET_CERT_REVOCATION_MODE=$NUGET_CERT_REVOCATION_MODE")
    fi
    timed "import $SDK_IMAGE" import_root "$root" "$SDK_IMAGE" "${env[@]}"
    rm -rf "$root"
}

mkdir -p "$work"
image_exists "$RUNTIME_DEPS_IMAGE" || make_runtime_deps_image
image_exists "$SDK_IMAGE" || make_sdk_image
rm -rf "$work/runtime-deps.root" "$work/runtime-deps.done"
"${podman[@]}" images --format '{{.Repository}}:{{.Tag}} {{.Size}}' | grep '^mcr.microsoft.com/dotnet/' || true
