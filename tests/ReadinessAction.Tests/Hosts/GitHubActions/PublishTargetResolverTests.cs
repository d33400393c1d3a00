using ReadinessAction.Diagnostics;
using ReadinessAction.Hosts.GitHubActions;

namespace ReadinessAction.Tests.Hosts.GitHubActions;

public sealed class PublishTargetResolverTests
{
    private static readonly GitHubEnvironment Environment = new() { Repository = "o/r", Sha = "merge-sha", RunId = "7", ServerUrl = new("https://ghe.example.com") };
    private static readonly EventContext PullRequest = new() { EventName = "pull_request", PullRequestNumber = 5, HeadSha = "head-sha" };

    [Fact]
    public void Pull_request_targets_the_head_sha_not_the_merge_commit()
    {
        var target = PublishTargetResolver.Resolve(new ActionInputs(), Environment, PullRequest, null);

        Assert.Equal("head-sha", target.Sha);
        Assert.Equal(5, target.PullRequest);
        Assert.Equal("https://ghe.example.com/o/r/actions/runs/7", target.RunUrl);
    }

    [Fact]
    public void Push_targets_GITHUB_SHA_without_a_pull_request()
    {
        var target = PublishTargetResolver.Resolve(new ActionInputs(), Environment, new EventContext { EventName = "push" }, null);

        Assert.Equal("merge-sha", target.Sha);
        Assert.Null(target.PullRequest);
    }

    [Fact]
    public void Publish_mode_trusts_a_pull_request_named_by_GitHub_but_not_one_read_from_the_artifact()
    {
        var publish = new ActionInputs { Mode = ActionMode.Publish };
        var saved = new PublishContext("o/r", 5, "head-sha", "main", null);

        var fromArtifact = PublishTargetResolver.Resolve(publish, Environment, new EventContext { EventName = "workflow_run", WorkflowRunHeadSha = "head-sha" }, saved);
        var fromGitHub = PublishTargetResolver.Resolve(publish, Environment, new EventContext { EventName = "workflow_run", WorkflowRunHeadSha = "head-sha", WorkflowRunPullRequest = 5 }, saved);

        Assert.False(fromArtifact.PullRequestIsTrusted);
        Assert.True(fromGitHub.PullRequestIsTrusted);
        Assert.Equal(("head-sha", 5), (fromArtifact.Sha, fromArtifact.PullRequest));
    }

    [Fact]
    public void Publish_mode_refuses_a_report_of_another_repository()
    {
        var error = Assert.Throws<ReadinessUsageException>(() => PublishTargetResolver.Resolve(
            new ActionInputs { Mode = ActionMode.Publish }, Environment, new EventContext { EventName = "workflow_run" }, new PublishContext("x/y", 1, "s", null, null)));

        Assert.Equal("the report was made for x/y, not o/r", error.Message);
    }

    [Fact]
    public void Publish_mode_without_any_commit_is_a_usage_error()
    {
        Assert.Throws<ReadinessUsageException>(() => PublishTargetResolver.Resolve(
            new ActionInputs { Mode = ActionMode.Publish }, Environment, new EventContext { EventName = "workflow_dispatch" }, null));
    }
}
