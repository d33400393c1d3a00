using System.Diagnostics;
using System.Text.Json;

using ReadinessAction.Reporting;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Hosts.GitHubActions;

/// <summary>
/// The published executable run exactly as the container runs it (<c>readiness action</c>, environment of a Docker
/// action, inputs from action.yml's defaults) on a copy of samples/demo, against the fake GitHub.
/// </summary>
public sealed class ActionEndToEndTests(PublishedAction published) : IClassFixture<PublishedAction>
{
    private const string HeadSha = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";

    [Fact]
    public async Task Published_action_on_a_pull_request_comments_sets_the_status_and_writes_the_summary()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        var demo = Path.Combine(RepositoryPaths.Root, "samples", "demo");
        var hasDemo = File.Exists(Path.Combine(demo, "PRODUCTION_READINESS.md"));
        using var scenario = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.Get("pull_request", "opened"), withChecklist: !hasDemo);
        if (hasDemo)
        {
            CopyDirectory(demo, scenario.Workspace);
            scenario.Environment["INPUT_COVERAGE"] = "artifacts/**/*.cobertura.xml\nartifacts/**/cobertura-coverage.xml";
            scenario.Environment["INPUT_TEST_RESULTS"] = "artifacts/**/*.trx, artifacts/**/junit.xml";
        }

        var (exitCode, stdout, stderr) = await RunAsync(scenario);

        Assert.True(exitCode is 0 or 1 or 2, $"exit {exitCode}\n{stderr}");
        Assert.DoesNotContain("crashed", stderr, StringComparison.Ordinal);
        var report = JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(scenario.Workspace, "readiness-report.json")), ReportJsonContext.Default.ReadinessReport)!;
        var state = github.State.Snapshot();
        var statuses = state.Statuses[HeadSha];
        var expectedFinal = exitCode switch { 0 => "success", 1 => "failure", _ => "error" };
        Assert.Equal(["pending", expectedFinal], statuses.Select(s => s.State));
        Assert.Equal("https://github.com/Codertocat/Hello-World/actions/runs/4242", statuses[^1].TargetUrl);
        var comment = Assert.Single(state.Comments["Codertocat/Hello-World#2"]);
        Assert.StartsWith(CommentMarker.For("readiness"), comment.Body, StringComparison.Ordinal);
        Assert.Equal(Rendered.Comment(report), comment.Body);
        Assert.All(report.Claims.Where(c => c.Status == "contradicted"), c => Assert.Contains($"::error file={c.Path},line={c.Line},", stdout, StringComparison.Ordinal));
        var outputs = ActionRunResult.ParseOutputs(File.ReadAllText(scenario.Environment["GITHUB_OUTPUT"]!));
        Assert.Equal(report.Verdict, outputs["verdict"]);
        Assert.Equal(report.Summary.Contradicted.ToString(System.Globalization.CultureInfo.InvariantCulture), outputs["contradicted"]);
        Assert.EndsWith($"#issuecomment-{comment.Id}", outputs["comment_url"], StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(File.ReadAllText(scenario.Environment["GITHUB_STEP_SUMMARY"]!)));
        Assert.StartsWith($"::add-mask::{ActionScenario.Token}", stdout, StringComparison.Ordinal);
        Assert.All(state.Requests, r => Assert.Equal("2022-11-28", r.Headers["X-GitHub-Api-Version"]));
    }

    [Fact]
    public async Task Published_action_with_a_bad_input_exits_2_with_one_line_and_no_stack_trace()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        using var scenario = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.Get("pull_request", "opened"));
        scenario.Environment["INPUT_MODE"] = "sometimes";

        var (exitCode, _, stderr) = await RunAsync(scenario);

        Assert.Equal(2, exitCode);
        Assert.Equal("error: input 'mode' must be auto, report-only or publish, not 'sometimes'", stderr.Trim());
        Assert.Empty(github.State.Snapshot().Requests);
    }

    private async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(ActionScenario scenario)
    {
        var start = new ProcessStartInfo(published.Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = scenario.Workspace };
        start.ArgumentList.Add("action");
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("GITHUB_", StringComparison.Ordinal) || k.StartsWith("INPUT_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in published.InputDefaults)
        {
            start.Environment[name] = value;
        }

        foreach (var (name, value) in scenario.Environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["GITHUB_ACTIONS"] = "true";
        start.Environment["CI"] = "true";
        start.Environment["RUNNER_OS"] = "Linux";
        start.Environment["GITHUB_REF"] = "refs/pull/2/merge";
        start.Environment["GITHUB_BASE_REF"] = "master";
        start.Environment["GITHUB_HEAD_REF"] = "changes";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    // As actions/checkout would leave it; without samples/demo, the scenario's own checklist stands in.
    internal static void CopyDirectory(string source, string workspace)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(workspace, Path.GetRelativePath(source, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
