#!/usr/bin/env bash
# Points a released action.yml at the published image instead of the Dockerfile, so that GitHub pulls the image
# instead of building it on every run of the Action.
#   scripts/release-action-yml.sh ACTION_YML IMAGE VERSION DIGEST [SETUP_ACTION_YML]
#     IMAGE    ghcr.io/<owner>/readiness-action (lower case, no tag)
#     VERSION  1.2.3 (semantic version, no leading v)
#     DIGEST   sha256:<64 hex> of the pushed multi-arch manifest
# Writes `image: docker://IMAGE:VERSION@DIGEST` in place of `image: Dockerfile`: the tag says what it is, the digest
# pins it (a moved tag cannot change what a released action runs). Exits 1 with a message when the input is not what a
# release expects; the file is only replaced when the whole rewrite succeeded.
# SETUP_ACTION_YML (setup/action.yml, the dotnet tool action) gets VERSION as the default of its `version` input, so
# that `uses: owner/readiness-action/setup@v1.2.3` installs tool 1.2.3.
set -euo pipefail

die() { echo "release-action-yml: $*" >&2; exit 1; }

[[ $# == 4 || $# == 5 ]] || die "usage: $0 ACTION_YML IMAGE VERSION DIGEST [SETUP_ACTION_YML]"
file=$1 image=$2 version=$3 digest=$4 setup=${5:-}

[[ -f $file ]] || die "$file: no such file"
[[ $image =~ ^[a-z0-9.-]+(:[0-9]+)?(/[a-z0-9._-]+)+$ ]] || die "image '$image' is not a lower-case repository without tag"
[[ $version =~ ^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$ ]] \
    || die "version '$version' is not a semantic version (1.2.3 or 1.2.3-rc.1, without v)"
[[ $digest =~ ^sha256:[0-9a-f]{64}$ ]] || die "digest '$digest' is not sha256:<64 hex digits>"
[[ -z $setup || -f $setup ]] || die "$setup: no such file"

count=$(grep -cE "^  image: ['\"]?Dockerfile['\"]?[[:space:]]*$" "$file" || true)
[[ $count == 1 ]] || die "$file: expected exactly one 'image: Dockerfile' under runs:, found $count"
grep -qE '^  using: ['\''"]?docker['\''"]?[[:space:]]*$' "$file" || die "$file: runs.using is not docker"

if [[ -n $setup ]]; then
    [[ $(grep -cE '^  version:$' "$setup") == 1 ]] || die "$setup: expected exactly one 'version:' input"
    grep -A3 -E '^  version:$' "$setup" | grep -qxF '    default: ""' || die "$setup: the version input has no empty default"
fi

tmp=$(mktemp "$(dirname "$file")/.action.yml.XXXXXX")
setup_tmp=
trap 'rm -f "$tmp" $setup_tmp' EXIT
if [[ -n $setup ]]; then
    setup_tmp=$(mktemp "$(dirname "$setup")/.action.yml.XXXXXX")
    awk -v version="$version" '
        /^  version:$/ { in_version = 1 }
        in_version && /^    default: ""$/ { print "    default: \"" version "\""; in_version = 0; next }
        /^  [a-z_]+:$/ && !/^  version:$/ { in_version = 0 }
        { print }' "$setup" >"$setup_tmp"
    chmod 644 "$setup_tmp"
fi
sed -E "s|^  image: ['\"]?Dockerfile['\"]?[[:space:]]*$|  image: docker://$image:$version@$digest|" "$file" >"$tmp"
grep -qF "  image: docker://$image:$version@$digest" "$tmp" || die "$file: rewrite failed"
chmod 644 "$tmp"
mv "$tmp" "$file"
if [[ -n $setup ]]; then mv "$setup_tmp" "$setup"; fi
trap - EXIT
echo "release-action-yml: $file now runs docker://$image:$version@$digest"
if [[ -n $setup ]]; then echo "release-action-yml: $setup now installs ReadinessAction $version"; fi
