using System.Text.Json.Nodes;

using FakeGitHub;

using ReadinessAction.Pipeline;

namespace ReadinessAction.Tests.Hosts.GitHubActions;

/// <summary>A run that judged nothing says "not-judged" everywhere and never leaves a green status.</summary>
public sealed class ActionRunnerNotJudgedTests
{
    private const string HeadSha = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";

    [Fact]
    public async Task Repository_without_a_checklist_is_not_judged_in_the_report_summary_output_annotation_and_status()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        using var scenario = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.Get("pull_request", "opened"), withChecklist: false);

        var result = await scenario.RunAsync(options => CheckPipeline.Run(options));

        Assert.Equal(ExitCodes.NotJudged, result.ExitCode);
        Assert.Equal("not-judged", (string?)result.Report["verdict"]);
        Assert.Equal("not-judged", (string?)result.Report["gate"]!["verdict"]);
        Assert.Equal("no-checklist", (string?)result.Report["notJudgedReason"]);
        Assert.Equal("not-judged", result.Outputs["verdict"]);
        Assert.StartsWith("## ⚠️ Readiness gate not judged\n\nNo checklist matched", result.Summary, StringComparison.Ordinal);
        Assert.Contains("::error title=Readiness not judged::No checklist matched", result.Stdout, StringComparison.Ordinal);
        var state = github.State.Snapshot();
        var statuses = state.Statuses[HeadSha];
        Assert.Equal(["pending", "error"], statuses.Select(s => s.State));
        Assert.StartsWith("No checklist matched", statuses[^1].Description, StringComparison.Ordinal);
        Assert.Contains("Readiness gate not judged", Assert.Single(state.Comments["Codertocat/Hello-World#2"]).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_configuration_file_writes_summary_outputs_and_an_error_on_its_line()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        using var scenario = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.Get("pull_request", "opened"));
        Directory.CreateDirectory(Path.Combine(scenario.Workspace, ".github"));
        File.WriteAllText(Path.Combine(scenario.Workspace, ".github", "readiness.yml"), "gate:\n  fail_on: [contradicted]\n  fial_on: [unmet]\n");

        var result = await scenario.RunAsync(_ => throw new InvalidOperationException("an invalid configuration must not be judged"));

        Assert.Equal(ExitCodes.NotJudged, result.ExitCode);
        Assert.Matches(@"::error file=\.github/readiness\.yml,line=3,title=Readiness not judged::\.github/readiness\.yml:3: .*fial_on", result.Stdout);
        Assert.DoesNotContain("::warning file=.github/readiness.yml", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("not-judged", result.Outputs["verdict"]);
        Assert.Equal("0", result.Outputs["contradicted"]);
        Assert.StartsWith("## ⚠️ Readiness gate not judged", result.Summary, StringComparison.Ordinal);
        Assert.Contains("fial_on", result.Summary, StringComparison.Ordinal);
        Assert.Equal("configuration-invalid", (string?)result.Report["notJudgedReason"]);
        var diagnostic = result.Report["diagnostics"]![0]!;
        Assert.Equal(".github/readiness.yml", (string?)diagnostic["path"]);
        Assert.Equal(3, (int?)diagnostic["line"]);
        Assert.Contains(".github/readiness.yml:3:", result.Stderr, StringComparison.Ordinal);
        var final = github.State.Snapshot().Statuses[HeadSha][^1];
        Assert.Equal("error", final.State);
        Assert.StartsWith(".github/readiness.yml:3:", final.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_mode_does_not_rebuild_a_pass_from_a_report_that_judged_no_checklist()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        github.State.AddPullRequest(new FakePullRequest("Codertocat/Hello-World", 2, HeadSha, "master"));
        var payload = WebhookExamples.Get("workflow_run", "completed");
        payload["workflow_run"]!["head_sha"] = HeadSha;
        payload["workflow_run"]!["pull_requests"] = new JsonArray();
        using var publish = new ActionScenario(github.BaseUrl, "workflow_run", payload, withChecklist: false);
        publish.Environment["INPUT_MODE"] = "publish";
        publish.Environment["INPUT_REPORT"] = "artifact/readiness-report.json";
        Directory.CreateDirectory(Path.Combine(publish.Workspace, "artifact"));
        File.Copy(RepositoryFixture("legacy-empty-pass.json"), Path.Combine(publish.Workspace, "artifact", "readiness-report.json"));
        File.WriteAllText(Path.Combine(publish.Workspace, "artifact", "readiness-report.github.json"), $$"""{ "repository": "Codertocat/Hello-World", "pullRequest": 2, "headSha": "{{HeadSha}}" }""");

        var result = await publish.RunAsync(_ => throw new InvalidOperationException("publish mode must not judge again"));

        Assert.Equal(ExitCodes.NotJudged, result.ExitCode);
        Assert.Equal("not-judged", result.Outputs["verdict"]);
        var state = github.State.Snapshot();
        Assert.Equal("error", Assert.Single(state.Statuses[HeadSha]).State);
        Assert.DoesNotContain("passed", Assert.Single(state.Comments["Codertocat/Hello-World#2"]).Body, StringComparison.Ordinal);
        Assert.StartsWith("## ⚠️ Readiness gate not judged", result.Summary, StringComparison.Ordinal);
    }

    private static string RepositoryFixture(string name) => Support.RepositoryPaths.Fixture("Hosts", name);
}
