using System.Text.Json.Nodes;

using FakeGitHub;

using ReadinessAction.Reporting;

namespace ReadinessAction.Tests.Hosts.GitHubActions;

/// <summary>Push and workflow_dispatch events, report-only mode, and whose comment counts as ours.</summary>
public sealed class ActionRunnerEventTests
{
    private static readonly string Marker = CommentMarker.For("readiness");

    [Fact]
    public async Task Push_sets_the_status_on_GITHUB_SHA_and_does_not_comment()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        var payload = WebhookExamples.Get("push");
        using var scenario = new ActionScenario(github.BaseUrl, "push", payload);
        scenario.Environment["GITHUB_SHA"] = (string?)payload["after"];

        var result = await scenario.RunAsync(_ => SampleOutcomes.Failing());

        Assert.Equal(1, result.ExitCode);
        var state = github.State.Snapshot();
        Assert.Equal(["pending", "failure"], state.Statuses[(string)payload["after"]!].Select(s => s.State));
        Assert.DoesNotContain(state.Requests, r => r.Path.Contains("/comments", StringComparison.Ordinal));
        Assert.Equal("", result.Outputs["comment_url"]);
    }

    [Fact]
    public async Task Workflow_dispatch_without_payload_sets_the_status_on_GITHUB_SHA()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        using var scenario = new ActionScenario(github.BaseUrl, "workflow_dispatch", WebhookExamples.Get("workflow_dispatch"));

        var result = await scenario.RunAsync(_ => SampleOutcomes.Passing());

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["pending", "success"], github.State.Snapshot().Statuses[ActionScenario.MergeSha].Select(s => s.State));
    }

    [Fact]
    public async Task Report_only_mode_makes_no_API_call_and_saves_the_pull_request_beside_the_report()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        using var scenario = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.ForkPullRequest());
        scenario.Environment["INPUT_MODE"] = "report-only";

        var result = await scenario.RunAsync(_ => SampleOutcomes.Failing());

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(github.State.Snapshot().Requests);
        Assert.Contains(Rendered.Summary(SampleOutcomes.Failing()), result.Summary, StringComparison.Ordinal);
        var saved = JsonNode.Parse(File.ReadAllText(Path.Combine(scenario.Workspace, "readiness-report.github.json")))!;
        Assert.Equal(2, (int?)saved["pullRequest"]);
        Assert.Equal("ec26c3e57ca3a959ca5aad62de7213c562f8c821", (string?)saved["headSha"]);
        Assert.Equal("Codertocat/Hello-World", (string?)saved["repository"]);
    }

    [Fact]
    public async Task Installation_token_leaves_a_persons_comment_quoting_the_marker_alone()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        var quoted = github.State.AddComment("Codertocat/Hello-World", 2, $"> {Marker}\nwhy does it fail?", new FakeUser("mallory", 7, "User"));
        using var scenario = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.Get("pull_request", "opened"));

        await scenario.RunAsync(_ => SampleOutcomes.Passing());

        var comments = github.State.Snapshot().Comments["Codertocat/Hello-World#2"];
        Assert.Equal(2, comments.Count);
        Assert.Equal(quoted, comments.Single(c => c.Id == quoted.Id));
        Assert.Equal("github-actions[bot]", comments.Single(c => c.Id != quoted.Id).User.Login);
    }

    [Fact]
    public async Task Personal_token_edits_only_the_comment_of_its_own_identity()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        var me = new FakeUser("release-bot-user", 501, "User");
        github.State.Identity = new FakeIdentity(me, IsInstallation: false);
        var otherBot = github.State.AddComment("Codertocat/Hello-World", 2, $"{Marker}\nold, by another app", new FakeUser("other-app[bot]", 9, "Bot"));
        var mine = github.State.AddComment("Codertocat/Hello-World", 2, $"{Marker}\nold, by me", me);
        using var scenario = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.Get("pull_request", "opened"));

        await scenario.RunAsync(_ => SampleOutcomes.Passing());

        var comments = github.State.Snapshot().Comments["Codertocat/Hello-World#2"];
        Assert.Equal(otherBot, comments.Single(c => c.Id == otherBot.Id));
        Assert.Equal(Rendered.Comment(SampleOutcomes.Passing()), comments.Single(c => c.Id == mine.Id).Body);
        Assert.Equal(2, comments.Count);
    }

    [Fact]
    public async Task Comment_false_sets_the_status_without_commenting()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        using var scenario = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.Get("pull_request", "opened"));
        scenario.Environment["INPUT_COMMENT"] = "false";

        await scenario.RunAsync(_ => SampleOutcomes.Passing());

        var state = github.State.Snapshot();
        Assert.Empty(state.Comments);
        Assert.Equal(2, state.Statuses["ec26c3e57ca3a959ca5aad62de7213c562f8c821"].Count);
    }

    [Fact]
    public async Task Inputs_reach_the_configuration_and_a_bad_one_ends_in_an_error_status_with_the_reason()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        using var scenario = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.Get("pull_request", "opened"));
        scenario.Environment["INPUT_FAIL_ON"] = "contradicted, unverifiable";
        scenario.Environment["INPUT_COVERAGE"] = "artifacts/**/*.{xml,info}\nmore/*.xml";
        ReadinessAction.Configuration.ReadinessOptions? seen = null;

        await scenario.RunAsync(options =>
        {
            seen = options;
            return SampleOutcomes.Passing();
        });
        scenario.Environment["INPUT_FAIL_ON"] = "lies";
        var result = await scenario.RunAsync(_ => SampleOutcomes.Passing());

        Assert.Equal([ReadinessAction.Verification.ClaimStatus.Contradicted, ReadinessAction.Verification.ClaimStatus.Unverifiable], seen!.FailOn);
        Assert.Equal(["artifacts/**/*.{xml,info}", "more/*.xml"], seen.Coverage);
        Assert.Equal(["**/*.trx"], seen.TestResults);
        Assert.Equal("master", seen.BaseBranch); // the pull request's base, from the payload
        Assert.Equal(2, result.ExitCode);
        var final = github.State.Snapshot().Statuses["ec26c3e57ca3a959ca5aad62de7213c562f8c821"][^1];
        Assert.Equal("error", final.State);
        Assert.StartsWith("input 'gate:fail_on'", final.Description, StringComparison.Ordinal);
        Assert.Contains("lies", final.Description, StringComparison.Ordinal);
        Assert.Contains(final.Description!, result.Stderr, StringComparison.Ordinal);
    }
}
