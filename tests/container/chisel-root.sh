#!/usr/bin/env bash
# Cuts a distroless root out of a Debian root, the way Canonical's chisel cuts Microsoft's runtime-deps chiseled
# image out of Ubuntu packages (dotnet/dotnet-docker, src/runtime-deps/10.0/noble-chiseled*/amd64/Dockerfile):
# the shared libraries of libc6, libgcc-s1, libssl3 and libstdc++6 (the slices *_libs), the CA bundle
# (ca-certificates_data), os-release (base-files_release-info), the standard folders with /tmp, and passwd/group with
# root and app (uid 1654) and app's home. With CHISEL_EXTRA=1 (the -extra variant) also libicu72 and the zoneinfo
# of tzdata. No shell, no package manager, no dpkg database. Test scaffolding for make-base-images.sh.
# Usage: CHISEL_EXTRA=0|1 chisel-root.sh SOURCE_ROOT TARGET_ROOT
set -euo pipefail

source_root=$1
target_root=$2
packages=(libc6 libgcc-s1 libssl3 libstdc++6)
if [[ ${CHISEL_EXTRA:-0} == 1 ]]; then packages+=(libicu72); fi

# library_paths PACKAGE: the package's shared libraries (files and links), by the folder they really live in, so that
# /lib64/ld-linux-x86-64.so.2 is taken as usr/lib64/... in a merged-/usr root; gconv modules are left out, as chisel does.
library_paths() {
    local list path dir
    list=$(compgen -G "$source_root/var/lib/dpkg/info/$1:*.list" || compgen -G "$source_root/var/lib/dpkg/info/$1.list")
    while IFS= read -r path; do
        [[ $path =~ \.so(\.[0-9.]+)?$ && $path != */gconv/* ]] || continue
        [[ -f $source_root$path || -L $source_root$path ]] || continue
        dir=$(readlink -f "$source_root$(dirname "$path")")
        echo "${dir#"$source_root"/}/$(basename "$path")"
    done <"$list"
}

rm -rf "$target_root"
mkdir -p "$target_root"/{etc/ssl/certs,home,root,tmp,usr/bin,usr/lib,usr/lib64,usr/sbin,var}
chmod 1777 "$target_root/tmp"
chmod 700 "$target_root/root"
for link in bin lib lib64 sbin; do
    if [[ -L $source_root/$link ]]; then cp -a "$source_root/$link" "$target_root/"; fi
done
{
    for package in "${packages[@]}"; do library_paths "$package"; done
    echo etc/ssl/certs/ca-certificates.crt
    echo usr/lib/os-release
    echo etc/os-release
    if [[ ${CHISEL_EXTRA:-0} == 1 ]]; then echo usr/share/zoneinfo; fi
} | sort -u >"$target_root.files"
tar -C "$source_root" -cf - -T "$target_root.files" | tar -C "$target_root" -xf -
rm "$target_root.files"
printf 'root:x:0:0:root:/root:/sbin/nologin\napp:x:1654:1654::/home/app:/bin/false\n' >"$target_root/etc/passwd"
printf 'root:x:0:\napp:x:1654:\n' >"$target_root/etc/group"
install -d -m 0755 -o 1654 -g 1654 "$target_root/home/app"
