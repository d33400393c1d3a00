using System.Diagnostics;

using ReadinessAction.Tests.Hosts;
using ReadinessAction.Tests.Hosts.GitHubActions;

namespace ReadinessAction.Tests.Security;

/// <summary>A FIFO, device or socket where a file is expected is refused before it is opened: nothing can block.</summary>
public sealed class SpecialFilesTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    private readonly HostileTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public async Task A_fifo_named_like_an_artifact_is_a_diagnostic_and_the_run_finishes()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _tree.Write("READINESS.md", "- [x] All 3 tests pass\n");
        _tree.Fifo("TestResults/results.trx");

        var (exit, stdout, _) = await Check("--test-results", "**/*.trx", "--format", "text");

        Assert.NotEqual(2, exit);
        Assert.Contains("TestResults/results.trx: error unreadable-file: the file is not a regular file (a FIFO, device or socket); not opened", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fifo_named_like_a_checklist_is_a_diagnostic_and_the_other_checklists_are_judged()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _tree.Write("READINESS.md", "- [x] done\n");
        _tree.Fifo("docs/READINESS.md");

        var (exit, stdout, _) = await Check("--checklist", "**/READINESS.md", "--format", "text");

        Assert.Equal(0, exit);
        Assert.Contains("docs/READINESS.md: error checklist-unreadable: the file is not a regular file", stdout, StringComparison.Ordinal);
        Assert.Contains("checklist READINESS.md: 1 of 1 items checked", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fifo_as_the_configuration_is_a_usage_error_naming_the_file()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _tree.Write("READINESS.md", "- [x] done\n");
        _tree.Fifo(".github/readiness.yml");

        var (exit, _, stderr) = await Check();

        Assert.Equal(2, exit);
        Assert.Equal("error: .github/readiness.yml: the configuration file is not a regular file (a FIFO, device or socket); not opened", stderr.Trim());
    }

    [Fact]
    public async Task A_fifo_as_the_comment_template_is_refused_and_the_default_template_is_used()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var github = await FakeGitHubServer.StartAsync();
        using var scenario = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.Get("pull_request", "opened"));
        var template = Path.Combine(scenario.Workspace, ".github", "comment.hbs");
        Directory.CreateDirectory(Path.GetDirectoryName(template)!);
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [template]) { UseShellExecute = false })!)
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        scenario.Environment["INPUT_TEMPLATE"] = ".github/comment.hbs";

        var result = await scenario.RunAsync(_ => SampleOutcomes.Passing()).WaitAsync(Bound);

        var body = Assert.Single(github.State.Snapshot().Comments.Values.SelectMany(c => c)).Body;
        Assert.Contains("### ✅ Readiness gate passed", body, StringComparison.Ordinal);
        Assert.Contains("not a regular file", result.Summary, StringComparison.Ordinal);
    }

    private Task<(int Exit, string Stdout, string Stderr)> Check(params string[] args) =>
        Task.Run(() => CheckCommandTests.Run(["check", "--workspace", _tree.Workspace, .. args])).WaitAsync(Bound);
}
