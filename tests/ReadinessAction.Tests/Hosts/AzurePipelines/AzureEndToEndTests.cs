using System.Diagnostics;
using System.Text.Json;

using ReadinessAction.Reporting;
using ReadinessAction.Tests.Hosts.GitHubActions;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Hosts.AzurePipelines;

/// <summary>
/// The published executable run as the step template runs the image (<c>readiness action</c>, TF_BUILD=True and the
/// variables of an Azure Repos pull request build, SYSTEM_ACCESSTOKEN mapped) on a copy of samples/demo, against the
/// fake Azure DevOps.
/// </summary>
public sealed class AzureEndToEndTests(PublishedAction published) : IClassFixture<PublishedAction>
{
    [Fact]
    public async Task Published_executable_in_an_Azure_Repos_pull_request_build_posts_the_thread_and_status_and_logs_vso_commands()
    {
        await using var azure = await FakeAzureDevOpsServer.StartAsync();
        var root = Directory.CreateTempSubdirectory("readiness-azure-e2e-").FullName;
        try
        {
            var workspace = Path.Combine(root, "s");
            ActionEndToEndTests.CopyDirectory(Path.Combine(RepositoryPaths.Root, "samples", "demo"), workspace);
            var variables = AzureScenario.Variables(azure.CollectionUri, workspace, Path.Combine(root, "tmp"));
            variables["INPUT_COVERAGE"] = "artifacts/**/*.cobertura.xml\nartifacts/**/cobertura-coverage.xml";
            variables["INPUT_TEST_RESULTS"] = "artifacts/**/*.trx, artifacts/**/junit.xml";

            var (exitCode, stdout, stderr) = await RunAsync(workspace, variables);

            Assert.True(exitCode is 0 or 1 or 2, $"exit {exitCode}\n{stderr}");
            Assert.DoesNotContain("crashed", stderr, StringComparison.Ordinal);
            var report = JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(workspace, "readiness-report.json")), ReportJsonContext.Default.ReadinessReport)!;
            var thread = Assert.Single(azure.State.Threads);
            Assert.StartsWith(CommentMarker.For("readiness"), thread["comments"]![0]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal(exitCode == 0 ? "closed" : "active", thread["status"]!.GetValue<string>());
            var expectedFinal = exitCode switch { 0 => "succeeded", 1 => "failed", _ => "error" };
            Assert.Equal(["pending", expectedFinal], azure.State.Statuses.Select(s => s["state"]!.GetValue<string>()));
            Assert.StartsWith($"##vso[task.setsecret]{FakeAzureDevOpsServer.Token}\n", stdout, StringComparison.Ordinal);
            Assert.Contains($"##vso[task.setvariable variable=verdict;isOutput=true;]{report.Verdict}\n", stdout, StringComparison.Ordinal);
            Assert.Contains("##vso[task.uploadsummary]", stdout, StringComparison.Ordinal);
            Assert.All(report.Claims.Where(c => c.Status == "contradicted"), c => Assert.Contains($"##vso[task.logissue type=error;sourcepath={c.Path};linenumber={c.Line};]", stdout, StringComparison.Ordinal));
            Assert.Equal(exitCode == 1, stdout.Contains("##vso[task.complete result=Failed;]", StringComparison.Ordinal));
            Assert.DoesNotContain(stdout.Split('\n'), l => l.StartsWith("::", StringComparison.Ordinal));
            Assert.All(azure.State.Requests, r => Assert.Equal("Bearer " + FakeAzureDevOpsServer.Token, r.Authorization));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string workspace, Dictionary<string, string> variables)
    {
        var start = new ProcessStartInfo(published.Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workspace };
        start.ArgumentList.Add("action");
        var prefixes = new[] { "GITHUB_", "INPUT_", "SYSTEM_", "BUILD_", "AGENT_", "TF_BUILD" };
        foreach (var name in start.Environment.Keys.Where(k => prefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal))).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in published.InputDefaults.Where(d => d.Key != "INPUT_TOKEN").Concat(variables))
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
