# shellcheck shell=bash disable=SC2034,SC2154  # variables shared with run.sh
# The Azure Pipelines half of tests/container/run.sh: the image run as the step template (azure-pipelines/readiness.yml)
# runs it, with the variables of a pull request build of a GitHub repository, so it publishes to the fake GitHub
# already running for github.sh. One run, to keep the test fast. Sourced, not run.

AZURE_PR=8
AZURE_HEAD_SHA=4444444444444444444444444444444444444444

# The lines of a run's stdout that are GitHub workflow commands (::name ...::).
github_commands() { grep -E '^::[a-z-]+( [^:]*)?::' "$1/stdout" || true; }

# The token may appear only in the agent's ##vso[task.setsecret] command, which hides it from the log.
no_secret_but_setsecret() {
    local leaks
    leaks=$(grep -rhF "$TOKEN" "$@" | grep -vF "##vso[task.setsecret]$TOKEN" || true)
    [[ -z $leaks ]]
}

azure_scenarios() {
    local dir=$work/azure-github-pr code want_state states
    RUN_WORKSPACE=$work/ws-azure
    prepare_workspace "$RUN_WORKSPACE"
    RUN_ENV=(TF_BUILD=True SYSTEM_COLLECTIONURI=https://dev.azure.com/fabrikam/ SYSTEM_TEAMPROJECT=Fiber
        BUILD_REPOSITORY_PROVIDER=GitHub "BUILD_REPOSITORY_NAME=$REPO" "BUILD_REPOSITORY_ID=$REPO"
        "BUILD_REPOSITORY_URI=https://github.com/$REPO" BUILD_SOURCESDIRECTORY=/github/workspace
        "BUILD_SOURCEVERSION=$MERGE_SHA" BUILD_BUILDID=812 AGENT_TEMPDIRECTORY=/github/home
        SYSTEM_PULLREQUEST_PULLREQUESTID=2346789012 "SYSTEM_PULLREQUEST_PULLREQUESTNUMBER=$AZURE_PR"
        SYSTEM_PULLREQUEST_TARGETBRANCH=main "SYSTEM_PULLREQUEST_SOURCECOMMITID=$AZURE_HEAD_SHA"
        "GITHUB_TOKEN=$TOKEN" "GITHUB_API_URL=$FAKE_URL"
        INPUT_COMMENT=true INPUT_STATUS_CONTEXT=readiness INPUT_MODE=auto INPUT_REPORT=readiness-report.json)
    run_in_image "$dir" "${ENTRYPOINT[@]}"
    show "$dir"
    code=$(case $(jq -r .verdict "$RUN_WORKSPACE/readiness-report.json" 2>/dev/null) in pass) echo 0 ;; fail) echo 1 ;; *) echo 2 ;; esac)
    expect_eq "Azure Pipelines run exits with the gate's code" "$code" "$run_status"
    expect "Azure Pipelines run sets the verdict output variable (##vso[task.setvariable])" \
        grep -qF '##vso[task.setvariable variable=verdict;isOutput=true;]' "$dir/stdout"
    expect "Azure Pipelines run attaches the summary (##vso[task.uploadsummary])" \
        grep -qF '##vso[task.uploadsummary]/github/home/readiness-summary.md' "$dir/stdout"
    expect "Azure Pipelines run writes the summary it attaches" nonempty_file "$dir/home/readiness-summary.md"
    expect_eq "Azure Pipelines run prints no GitHub workflow command" "" "$(github_commands "$dir")"
    expect_eq "one comment on the GitHub pull request" 1 \
        "$(fake_state | jq --arg key "$REPO#$AZURE_PR" '(.comments[$key] // []) | length')"
    want_state=$( ((code == 0)) && echo success || echo failure)
    states=$(status_states "$AZURE_HEAD_SHA")
    expect_eq "status on the pull request's head ends $want_state (all: $states)" "$want_state" "${states##* }"
    expect "token only in ##vso[task.setsecret]" no_secret_but_setsecret "$dir" "$RUN_WORKSPACE"
}
