using System.Diagnostics;

using FakeGitHub;

using ReadinessAction.Tests.Hosts.GitHubActions;

namespace ReadinessAction.Tests.Security;

/// <summary>A cancelled job (SIGTERM from the runner) ends with one line, no stack trace, and a final commit status.</summary>
public sealed class SignalsTests
{
    private const string CancelledLine = "error: readiness was cancelled before it finished; nothing was judged.";

    [Fact]
    public async Task Cancellation_during_the_run_leaves_an_error_status_not_pending()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        using var scenario = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.Get("pull_request", "opened"));
        using var cancel = new CancellationTokenSource();

        var result = await scenario.RunAsync(
            _ =>
            {
                cancel.Cancel();
                return SampleOutcomes.Passing();
            },
            cancel.Token);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(CancelledLine, result.Stderr.Trim());
        var statuses = github.State.Snapshot().Statuses.Values.Single();
        Assert.Equal(["pending", "error"], statuses.Select(s => s.State));
        Assert.Equal("Cancelled before the readiness check finished", statuses[^1].Description);
    }

    [Fact]
    public async Task Sigterm_while_publishing_exits_with_one_line_and_sets_a_final_error_status()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var github = await FakeGitHubServer.StartAsync();
        github.State.AddFaults([new FakeFault("GET", "/comments", 0, 1, DelayMilliseconds: 60_000)]);
        using var scenario = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.Get("pull_request", "opened"));
        using var process = Start(scenario);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();

        await WaitUntil(() => github.State.Snapshot().Statuses.Values.SelectMany(s => s).Any(), TimeSpan.FromSeconds(60));
        await Task.Delay(1000);
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var errors = await stderr;
        Assert.True(errors.Trim() == CancelledLine, errors);
        Assert.DoesNotContain("   at ", await stdout + errors, StringComparison.Ordinal);
        Assert.Equal(2, process.ExitCode);
        var statuses = github.State.Snapshot().Statuses.Values.Single();
        Assert.Equal(["pending", "error"], statuses.Select(s => s.State));
    }

    private static Process Start(ActionScenario scenario)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        // The executable's own build output (same configuration as this test assembly), with its own dependencies.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var binary = Path.Combine(Support.RepositoryPaths.Root, "src", "ReadinessAction", "bin", configuration, "net10.0", "readiness.dll");
        var start = new ProcessStartInfo(dotnet, [binary, "action"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("GITHUB_", StringComparison.Ordinal) || k.StartsWith("INPUT_", StringComparison.Ordinal) || k.StartsWith("READINESS_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in scenario.Environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    private static async Task WaitUntil(Func<bool> condition, TimeSpan bound)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < bound, "the run never reached the point to cancel");
            await Task.Delay(100);
        }
    }
}
