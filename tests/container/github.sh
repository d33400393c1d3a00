# shellcheck shell=bash disable=SC2034,SC2154  # variables shared with run.sh
# The GitHub half of tests/container/run.sh: the image's ENTRYPOINT run as GitHub runs a Docker action on a pull
# request, against the stateful fake GitHub (tests/FakeGitHub) on 127.0.0.1. Sourced, not run.

REPO=octo-org/demo
PR=7
HEAD_SHA=1111111111111111111111111111111111111111
MERGE_SHA=2222222222222222222222222222222222222222
BASE_SHA=3333333333333333333333333333333333333333
TOKEN=ghs_containerTestToken0123456789abcdef

start_fake_github() {
    local target port
    dotnet build tests/FakeGitHub -c Release -v quiet -nologo >"$work/fake-build.log" 2>&1 || { cat "$work/fake-build.log"; return 1; }
    target=$(dotnet msbuild tests/FakeGitHub -getProperty:TargetPath -p:Configuration=Release)
    port=$(shuf -i 20000-45000 -n 1)
    FAKE_URL=http://127.0.0.1:$port
    dotnet "$target" --urls "$FAKE_URL" >"$work/fake.log" 2>&1 &
    FAKE_PID=$!
    for _ in $(seq 60); do
        if curl -sf "$FAKE_URL/_fake/state" >/dev/null; then return 0; fi
        sleep 0.5
    done
    cat "$work/fake.log"
    return 1
}

# The fake's state, GET /_fake/state: comments per issue, statuses per sha, the request log.
fake_state() { curl -sf "$FAKE_URL/_fake/state"; }
comment_bodies() { fake_state | jq -c --arg key "$REPO#$PR" '[(.comments[$key] // [])[] | .body]'; }
status_states() { fake_state | jq -r --arg sha "$1" '[(.statuses[$sha] // [])[] | select(.context == "readiness") | .state] | join(" ")'; }
request_count() { fake_state | jq '.requests | length'; }

# Every input of action.yml that has a literal default, as the runner passes it: INPUT_<NAME>=<default>.
action_defaults() {
    [[ -f action.yml ]] || return 0
    awk '/^inputs:/ { inputs = 1; next }
        inputs && /^[^ #]/ { inputs = 0 }
        inputs && /^  [A-Za-z0-9_-]+:[ ]*$/ { name = $1; sub(/:$/, "", name); next }
        inputs && /^    default:/ { v = $0; sub(/^    default:[ ]*/, "", v); gsub(/^["\047]|["\047]$/, "", v)
            if (v !~ /\$\{\{/ && v !~ /^[|>]/) print "INPUT_" toupper(name) "=" v }' action.yml
}

# github_run DIR TOKEN [INPUT_X=...]: one run of the action on the pull request; results under DIR.
github_run() {
    local dir=$1 token=$2 line
    shift 2
    rm -rf "$dir" && mkdir -p "$dir/workflow" "$dir/file_commands"
    : >"$dir/file_commands/set_output_ci" && : >"$dir/file_commands/step_summary_ci"
    jq -n --argjson pr "$PR" --arg head "$HEAD_SHA" --arg base "$BASE_SHA" --arg repo "$REPO" '{action: "synchronize",
        number: $pr, repository: {full_name: $repo, name: ($repo | split("/")[1]), owner: {login: ($repo | split("/")[0])}},
        pull_request: {number: $pr, head: {sha: $head, ref: "feature/demo", repo: {full_name: $repo}},
                       base: {sha: $base, ref: "main", repo: {full_name: $repo}}}}' >"$dir/workflow/event.json"
    RUN_ENV=(CI=true GITHUB_ACTIONS=true HOME=/github/home GITHUB_WORKSPACE=/github/workspace
        GITHUB_EVENT_NAME=pull_request GITHUB_EVENT_PATH=/github/workflow/event.json
        GITHUB_OUTPUT=/github/file_commands/set_output_ci GITHUB_STEP_SUMMARY=/github/file_commands/step_summary_ci
        "GITHUB_REPOSITORY=$REPO" "GITHUB_SHA=$MERGE_SHA" "GITHUB_REF=refs/pull/$PR/merge" GITHUB_BASE_REF=main
        GITHUB_HEAD_REF=feature/demo "GITHUB_API_URL=$FAKE_URL" GITHUB_SERVER_URL=https://github.com
        GITHUB_RUN_ID=4242 GITHUB_RUN_NUMBER=1 GITHUB_JOB=readiness RUNNER_OS=Linux)
    while IFS= read -r line; do RUN_ENV+=("$line"); done < <(action_defaults)
    RUN_ENV+=("INPUT_TOKEN=$token" "$@")
    run_in_image "$dir" "${ENTRYPOINT[@]}"
}

# output DIR NAME: a step output the action wrote (NAME=value or the NAME<<DELIMITER form).
output() {
    awk -v name="$2" '!open && index($0, name "<<") == 1 { delim = substr($0, length(name) + 3); open = 1; next }
        open && $0 == delim { print value; exit } open { value = value (n++ ? "\n" : "") $0 }
        !open && index($0, name "=") == 1 { print substr($0, length(name) + 2); exit }' "$1/file_commands/set_output_ci"
}

# gate_code DIR: the exit code the gate asks for, from the report the run wrote.
gate_code() {
    case $(jq -r .verdict "$RUN_WORKSPACE/$(output "$1" report_path)" 2>/dev/null) in
    pass) echo 0 ;; fail) echo 1 ;; *) echo 2 ;;
    esac
}

# The token may appear only in the runner's ::add-mask:: command, which hides it from the log.
no_secret_in() {
    local leaks
    leaks=$(grep -rhF "$TOKEN" "$@" | grep -v '^::add-mask::' || true)
    [[ -z $leaks ]]
}

# host_action DIR WORKSPACE: the last github_run (its RUN_ENV) again, by the framework-dependent build on the host
# ($HOST_APP), in WORKSPACE, with the runner's files under DIR/host; sets host_status. Only for runs without a token.
host_action() {
    local dir=$1 ws=$2 env=("PATH=$PATH") pair
    rm -rf "$dir/host" && mkdir -p "$dir/host/file_commands" "$dir/host/home"
    : >"$dir/host/file_commands/set_output_ci" && : >"$dir/host/file_commands/step_summary_ci"
    for pair in "${RUN_ENV[@]}"; do
        pair=${pair//\/github\/workspace/$ws}
        pair=${pair//\/github\/workflow/$dir/workflow}
        pair=${pair//\/github\/file_commands/$dir/host/file_commands}
        env+=("${pair//\/github\/home/$dir/host/home}")
    done
    host_status=0
    (cd "$ws" && env -i "${env[@]}" dotnet "$HOST_APP" action) >"$dir/host/stdout" 2>"$dir/host/stderr" || host_status=$?
}

# as_in_image DIR WORKSPACE FILE: FILE of a host_action with the image's paths and without the random delimiters of
# multi-line outputs.
as_in_image() {
    sed -E -e "s#$2#/github/workspace#g" -e "s#$1/host/#/github/#g" -e "s#$1/workflow#/github/workflow#g" \
        -e 's/ghadelimiter_[0-9a-f]+/ghadelimiter_/g' "$3"
}

# action_same_as_host DIR WORKSPACE: the run in the image (workspace $RUN_WORKSPACE) and host_action DIR WORKSPACE
# wrote the same step summary, outputs and report and printed the same; shows the differences.
action_same_as_host() {
    local dir=$1 ws=$2 status=0 file report
    for file in file_commands/step_summary_ci file_commands/set_output_ci stdout stderr; do
        diff <(as_in_image "$dir" "$ws" "$dir/host/$file") \
            <(sed -E 's/ghadelimiter_[0-9a-f]+/ghadelimiter_/g' "$dir/$file" | grep -vE "$BUILDAH_LINES") | head -20 || status=1
    done
    report=$(output "$dir" report_path)
    diff <(as_in_image "$dir" "$ws" "$ws/$report") "$RUN_WORKSPACE/$report" | head -20 || status=1
    return "$status"
}

# A user template that walks the model the ways Handlebars.Net reflects over it: properties by name and by index,
# the properties of an object in turn, a record's ToString, @index, @first and @last, nested lists.
probe_template() {
    mkdir -p "$1/.github"
    cat >"$1/.github/probe.md.hbs" <<'HBS'
{{verdict}} {{counts.[0].label}} {{lookup counts 1}}
{{#each counts}}{{@index}}:{{@first}}:{{@last}}:{{label}}={{count}} {{/each}}
{{#each gate}}{{@key}}={{this}};{{/each}}
{{#with gate}}{{reason}} {{failOn}}{{/with}}
{{#each checklists}}{{path}} {{#each claims}}{{line}}{{#unless @last}},{{/unless}}{{/each}}{{/each}}
{{#if passed}}P{{else}}F{{/if}} {{#unless hasErrorDiagnostics}}no errors{{/unless}}
{{#each byStatus}}{{status}}:{{count}} {{/each}}
{{totalClaims}} {{shortSha}}
HBS
}

github_scenarios() {
    local dir=$work/github-pr code want_state states requests
    RUN_WORKSPACE=$work/ws-pr
    prepare_workspace "$RUN_WORKSPACE"
    github_run "$dir" "$TOKEN"
    show "$dir"
    code=$(gate_code "$dir")
    expect "pull request run judged the demo (exit $run_status)" test "$run_status" -le 1
    expect_eq "pull request run exits with the gate's code" "$code" "$run_status"
    expect_eq "the action judges the demo as 'readiness check' does" "$CHECK_STATUS" "$run_status"
    expect_eq "output verdict is the report's" "$(jq -r .verdict "$RUN_WORKSPACE/$(output "$dir" report_path)")" "$(output "$dir" verdict)"
    expect "output comment_url names the comment" test -n "$(output "$dir" comment_url)"
    expect "step summary written" nonempty_file "$dir/file_commands/step_summary_ci"
    expect_eq "one comment on the pull request" 1 "$(comment_bodies | jq length)"
    expect "comment carries the sticky marker" contains "$(comment_bodies | jq -r '.[0]')" "<!-- readiness-action:readiness -->"
    want_state=$( ((code == 0)) && echo success || echo failure)
    states=$(status_states "$HEAD_SHA")
    expect_eq "status on the head SHA ends $want_state (all: $states)" "$want_state" "${states##* }"
    expect_eq "no status on the merge SHA" "" "$(status_states "$MERGE_SHA")"
    expect "token never printed or written" no_secret_in "$dir" "$RUN_WORKSPACE"

    dir=$work/github-template
    mkdir -p "$RUN_WORKSPACE/.github"
    printf '## Custom readiness report\nUSER-TEMPLATE-MARKER verdict {{verdict}}\n' >"$RUN_WORKSPACE/.github/readiness.md.hbs"
    github_run "$dir" "$TOKEN" INPUT_TEMPLATE=.github/readiness.md.hbs
    show "$dir"
    expect_eq "user template run exits with the gate's code" "$code" "$run_status"
    expect_eq "still one comment (updated, not added)" 1 "$(comment_bodies | jq length)"
    expect "comment rendered with the user's template" contains "$(comment_bodies | jq -r '.[0]')" USER-TEMPLATE-MARKER

    dir=$work/github-no-token
    RUN_WORKSPACE=$work/ws-no-token
    prepare_workspace "$RUN_WORKSPACE"
    requests=$(request_count)
    github_run "$dir" ""
    show "$dir"
    expect_eq "run without a token exits with the gate's code" "$code" "$run_status"
    expect "run without a token writes the report" nonempty_file "$RUN_WORKSPACE/$(output "$dir" report_path)"
    expect "run without a token writes the summary" nonempty_file "$dir/file_commands/step_summary_ci"
    expect_eq "run without a token calls no API" "$requests" "$(request_count)"
    prepare_workspace "$work/ws-no-token-host"
    host_action "$dir" "$work/ws-no-token-host"
    expect_eq "run without a token exits as on the host" "$host_status" "$run_status"
    expect "run without a token writes and prints what it does on the host" action_same_as_host "$dir" "$work/ws-no-token-host"

    dir=$work/github-probe
    RUN_WORKSPACE=$work/ws-probe
    prepare_workspace "$RUN_WORKSPACE" && probe_template "$RUN_WORKSPACE"
    prepare_workspace "$work/ws-probe-host" && probe_template "$work/ws-probe-host"
    github_run "$dir" "" INPUT_TEMPLATE=.github/probe.md.hbs
    host_action "$dir" "$work/ws-probe-host"
    sed -n 1,3p "$dir/file_commands/step_summary_ci"
    expect "probe template rendered (not the default summary)" grep -q '^0:True:False:' "$dir/file_commands/step_summary_ci"
    expect_eq "probe template run exits as on the host" "$host_status" "$run_status"
    expect "probe template renders as on the host" action_same_as_host "$dir" "$work/ws-probe-host"
}
