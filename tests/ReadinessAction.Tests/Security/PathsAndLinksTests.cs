using ReadinessAction.Tests.Hosts;
using ReadinessAction.Tests.Hosts.GitHubActions;

namespace ReadinessAction.Tests.Security;

/// <summary>
/// A pull request controls the files and links of the workspace: a link out of it must never be read (template,
/// configuration, checklist) nor written through (the report), and nothing refused is quoted anywhere.
/// </summary>
public sealed class PathsAndLinksTests : IDisposable
{
    private readonly HostileTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Theory]
    [InlineData("secret")]
    [InlineData("/proc/self/environ")]
    public async Task A_template_linked_out_of_the_workspace_is_refused_and_the_default_template_is_used(string target)
    {
        await using var github = await FakeGitHubServer.StartAsync();
        using var scenario = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.Get("pull_request", "opened"));
        File.WriteAllText(Path.Combine(scenario.Root, "secret"), $"INPUT_TOKEN={ActionScenario.Token}\n{HostileTree.Secret}\n");
        Directory.CreateDirectory(Path.Combine(scenario.Workspace, ".github"));
        File.CreateSymbolicLink(Path.Combine(scenario.Workspace, ".github", "comment.hbs"), target == "secret" ? Path.Combine(scenario.Root, "secret") : target);
        scenario.Environment["INPUT_TEMPLATE"] = ".github/comment.hbs";

        var result = await scenario.RunAsync(_ => SampleOutcomes.Passing());

        var body = Assert.Single(github.State.Snapshot().Comments.Values.SelectMany(c => c)).Body;
        Assert.Contains("### ✅ Readiness gate passed", body, StringComparison.Ordinal);
        Assert.Contains(".github/comment.hbs", body, StringComparison.Ordinal);
        Assert.Contains("symbolic link", result.Summary, StringComparison.Ordinal);
        var stdout = string.Join('\n', result.Stdout.Split('\n').Where(l => !l.StartsWith("::add-mask::", StringComparison.Ordinal)));
        foreach (var text in new[] { body, result.Summary, stdout, result.Stderr })
        {
            Assert.DoesNotContain(HostileTree.Secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(ActionScenario.Token, text, StringComparison.Ordinal);
            Assert.DoesNotContain("PATH=", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_report_path_that_is_a_link_out_of_the_workspace_is_replaced_not_written_through()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        using var scenario = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.Get("pull_request", "opened"));
        var victim = Path.Combine(scenario.Root, "victim.txt");
        File.WriteAllText(victim, "precious");
        File.CreateSymbolicLink(Path.Combine(scenario.Workspace, "readiness-report.json"), victim);

        var result = await scenario.RunAsync(_ => SampleOutcomes.Passing());

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("precious", File.ReadAllText(victim));
        Assert.Equal("pass", (string?)result.Report["verdict"]);
        Assert.Null(new FileInfo(Path.Combine(scenario.Workspace, "readiness-report.json")).LinkTarget);
    }

    [Fact]
    public async Task A_report_input_outside_the_workspace_is_refused_in_the_action()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        using var scenario = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.Get("pull_request", "opened"));
        scenario.Environment["INPUT_REPORT"] = "../escaped-report.json";

        var result = await scenario.RunAsync(_ => SampleOutcomes.Passing());

        Assert.Equal(2, result.ExitCode);
        Assert.False(File.Exists(Path.Combine(scenario.Root, "escaped-report.json")));
        Assert.Contains("outside the workspace", result.Stderr, StringComparison.Ordinal);
        var last = github.State.Snapshot().Statuses.Values.Single()[^1];
        Assert.Equal("error", last.State);
    }

    [Fact]
    public async Task A_configuration_linked_out_of_the_workspace_is_refused_and_its_keys_reach_no_status()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        using var scenario = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.Get("pull_request", "opened"));
        File.WriteAllText(Path.Combine(scenario.Root, "elsewhere.yml"), $"secret_key_{HostileTree.Secret}: 1\n");
        Directory.CreateDirectory(Path.Combine(scenario.Workspace, ".github"));
        File.CreateSymbolicLink(Path.Combine(scenario.Workspace, ".github", "readiness.yml"), Path.Combine(scenario.Root, "elsewhere.yml"));

        var result = await scenario.RunAsync(_ => SampleOutcomes.Passing());

        Assert.Equal(2, result.ExitCode);
        var statuses = github.State.Snapshot().Statuses.Values.Single();
        Assert.Equal("error", statuses[^1].State);
        Assert.StartsWith(".github/readiness.yml: the configuration file is a symbolic link", statuses[^1].Description, StringComparison.Ordinal);
        foreach (var text in statuses.Select(s => s.Description ?? "").Append(result.Stdout).Append(result.Stderr))
        {
            Assert.DoesNotContain(HostileTree.Secret, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_config_input_outside_the_workspace_is_refused_in_the_action_without_its_content()
    {
        await using var github = await FakeGitHubServer.StartAsync();
        using var scenario = new ActionScenario(github.BaseUrl, "pull_request", WebhookExamples.Get("pull_request", "opened"));
        File.WriteAllText(Path.Combine(scenario.Root, "elsewhere.yml"), $"secret_key_{HostileTree.Secret}: 1\n");
        scenario.Environment["INPUT_CONFIG"] = "../elsewhere.yml";

        var result = await scenario.RunAsync(_ => SampleOutcomes.Passing());

        Assert.Equal(2, result.ExitCode);
        var last = github.State.Snapshot().Statuses.Values.Single()[^1];
        Assert.Equal("error", last.State);
        Assert.Contains("outside the workspace", last.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(HostileTree.Secret, last.Description + result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cli_configuration_linked_out_of_the_workspace_is_a_usage_error_without_its_content()
    {
        _tree.Write("READINESS.md", "- [x] done\n");
        _tree.Link(".github/readiness.yml", _tree.SecretFile);

        var (exit, stdout, stderr) = CheckCommandTests.Run("check", "--workspace", _tree.Workspace);

        Assert.Equal(2, exit);
        Assert.Contains(".github/readiness.yml: the configuration file is a symbolic link", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(HostileTree.Secret, stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_checklist_in_a_folder_linked_out_of_the_workspace_is_not_read()
    {
        File.WriteAllText(Path.Combine(_tree.Outside, "READINESS.md"), $"- [x] {HostileTree.Secret} 87% coverage\n");
        _tree.Write("READINESS.md", "- [x] done\n");
        _tree.Link("docs", _tree.Outside);

        var (_, stdout, stderr) = CheckCommandTests.Run("check", "--workspace", _tree.Workspace, "--checklist", "**/*.md", "--format", "json");

        Assert.DoesNotContain(HostileTree.Secret, stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cli_output_outside_the_workspace_is_written_but_a_link_there_is_replaced_not_followed()
    {
        _tree.Write("READINESS.md", "- [x] done\n");
        var output = Path.Combine(_tree.Outside, "report.json");
        File.CreateSymbolicLink(output, _tree.SecretFile);
        var before = File.ReadAllText(_tree.SecretFile);

        var (exit, _, _) = CheckCommandTests.Run("check", "--workspace", _tree.Workspace, "--format", "json", "--output", output);

        Assert.Equal(0, exit);
        Assert.Equal(before, File.ReadAllText(_tree.SecretFile));
        Assert.Contains("\"verdict\"", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_loop_and_a_dangling_link_anywhere_in_the_tree_are_skipped_with_a_warning()
    {
        _tree.Write("READINESS.md", "- [x] done\n");
        _tree.Link("docs/loop.md", "loop.md");
        _tree.Link("docs/gone.md", "nowhere.md");

        var (exit, stdout, stderr) = CheckCommandTests.Run("check", "--workspace", _tree.Workspace, "--format", "text");

        Assert.Equal(0, exit);
        Assert.Contains("docs/loop.md: warning link-loop:", stdout, StringComparison.Ordinal);
        Assert.Contains("docs/gone.md: warning link-dangling:", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }
}
