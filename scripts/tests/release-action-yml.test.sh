#!/usr/bin/env bash
# Tests scripts/release-action-yml.sh on copies of the real action.yml and on broken inputs.
set -uo pipefail
cd "$(dirname "$0")/../.."
script=scripts/release-action-yml.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
digest=sha256:$(printf 'a%.0s' {1..64})
image=ghcr.io/octo-org/readiness-action
passed=0 failed=0

ok()   { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }

expect_rewrite() {
    local name=$1 version=$2
    cp action.yml "$work/action.yml"
    if "$script" "$work/action.yml" "$image" "$version" "$digest" >/dev/null 2>"$work/err" \
        && grep -qxF "  image: docker://$image:$version@$digest" "$work/action.yml" \
        && ! grep -q 'Dockerfile' "$work/action.yml" \
        && diff <(grep -v '^  image:' action.yml) <(grep -v '^  image:' "$work/action.yml") >/dev/null; then
        ok "$name"
    else
        fail "$name: $(cat "$work/err")"
    fi
}

expect_refusal() {
    local name=$1 message=$2; shift 2
    cp "$work/input.yml" "$work/action.yml"
    if "$script" "$work/action.yml" "$@" >/dev/null 2>"$work/err"; then
        fail "$name: accepted"
    elif ! grep -qF -- "$message" "$work/err"; then
        fail "$name: message was '$(cat "$work/err")', expected '$message'"
    elif ! cmp -s "$work/input.yml" "$work/action.yml"; then
        fail "$name: the file changed although the rewrite was refused"
    else
        ok "$name"
    fi
}

expect_rewrite "rewrites the real action.yml to the image, tag and digest, nothing else" 1.2.3
expect_rewrite "accepts a prerelease version" 2.0.0-rc.1

cp action.yml "$work/input.yml"
expect_refusal "refuses a version with a leading v" "is not a semantic version" "$image" v1.2.3 "$digest"
expect_refusal "refuses a two-part version" "is not a semantic version" "$image" 1.2 "$digest"
expect_refusal "refuses a short digest" "is not sha256:" "$image" 1.2.3 sha256:abc
expect_refusal "refuses an upper-case image" "is not a lower-case repository" ghcr.io/Octo/readiness-action 1.2.3 "$digest"
expect_refusal "refuses an image with a tag" "is not a lower-case repository" "$image:latest" 1.2.3 "$digest"
expect_refusal "refuses shell metacharacters in the image" "is not a lower-case repository" 'ghcr.io/a/b|x' 1.2.3 "$digest"

sed 's/^  image: Dockerfile$/  image: docker:\/\/ghcr.io\/x\/y:1.0.0/' action.yml >"$work/input.yml"
expect_refusal "refuses an action.yml already released" "found 0" "$image" 1.2.3 "$digest"

{ cat action.yml; echo "  image: Dockerfile"; } >"$work/input.yml"
expect_refusal "refuses two image lines" "found 2" "$image" 1.2.3 "$digest"

sed 's/^  using: docker$/  using: node20/' action.yml >"$work/input.yml"
expect_refusal "refuses an action that is not a docker action" "runs.using is not docker" "$image" 1.2.3 "$digest"

cp action.yml "$work/action.yml"; cp setup/action.yml "$work/setup.yml"
if "$script" "$work/action.yml" "$image" 1.2.3 "$digest" "$work/setup.yml" >/dev/null 2>"$work/err" \
    && grep -A3 -E '^  version:$' "$work/setup.yml" | grep -qxF '    default: "1.2.3"' \
    && [[ $(diff setup/action.yml "$work/setup.yml" | grep -c '^[<>]') == 2 ]]; then
    ok "sets the version default of setup/action.yml, nothing else"
else fail "sets the version default of setup/action.yml: $(cat "$work/err")"; fi

cp action.yml "$work/action.yml"; grep -v 'default: ""' setup/action.yml >"$work/setup.yml"
if "$script" "$work/action.yml" "$image" 1.2.3 "$digest" "$work/setup.yml" 2>"$work/err"; then
    fail "refuses a setup action without an empty version default: accepted"
elif grep -qF "no empty default" "$work/err" && cmp -s action.yml "$work/action.yml"; then
    ok "refuses a setup action without an empty version default, and leaves action.yml alone"
else fail "refuses a setup action without an empty version default: $(cat "$work/err")"; fi

if "$script" "$work/missing.yml" "$image" 1.2.3 "$digest" 2>"$work/err"; then fail "refuses a missing file: accepted"
else grep -qF "no such file" "$work/err" && ok "refuses a missing file" || fail "refuses a missing file: $(cat "$work/err")"; fi

if "$script" 2>"$work/err"; then fail "prints usage without arguments: accepted"
else grep -qF "usage:" "$work/err" && ok "prints usage without arguments" || fail "prints usage: $(cat "$work/err")"; fi

echo "release-action-yml: $passed passed, $failed failed"
[[ $failed == 0 ]]
