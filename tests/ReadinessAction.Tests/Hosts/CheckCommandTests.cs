using System.Text;
using System.Text.Json;

using ReadinessAction.Hosts.Cli;
using ReadinessAction.Pipeline;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Hosts;

public sealed class CheckCommandTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    [Fact]
    public void Json_report_has_the_contract_fields()
    {
        _workspace.Write("docs/READINESS.md", "# Ready\n\n## Build ✅\n\n- [x] Unit Tests (144 tests, 87% coverage)\n- [ ] Load test\n\n**Status**: 50% complete\n");
        var (exit, stdout, _) = Run("check", "--workspace", _workspace.Root, "--format", "json");

        Assert.Equal(ExitCodes.Fail, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("fail", root.GetProperty("verdict").GetString());
        var checklist = root.GetProperty("checklists")[0];
        Assert.Equal("docs/READINESS.md", checklist.GetProperty("path").GetString());
        Assert.Equal(2, checklist.GetProperty("items").GetInt32());
        Assert.Equal(1, checklist.GetProperty("checked").GetInt32());
        var coverage = root.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "coverage");
        Assert.Equal(5, coverage.GetProperty("line").GetInt32());
        Assert.True(coverage.GetProperty("asserted").GetBoolean());
        Assert.Equal("[x] Unit Tests (144 tests, 87% coverage)", coverage.GetProperty("text").GetString());
        Assert.Equal("unverifiable", coverage.GetProperty("status").GetString());
        Assert.Equal("87%", coverage.GetProperty("claimed").GetString());
        var rollup = root.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "status_rollup");
        Assert.Equal("contradicted", rollup.GetProperty("status").GetString());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("contradicted").GetInt32());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("verified").GetInt32());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("diagnostics").ValueKind);
    }

    [Fact]
    public void Output_option_writes_the_report_file()
    {
        _workspace.Write("READINESS.md", "- [x] done\n");
        var output = Path.Combine(_workspace.Root, "out", "report.json");
        var (exit, _, stderr) = Run("check", "--workspace", _workspace.Root, "--format", "json", "--output", output);
        Assert.Equal(ExitCodes.Pass, exit);
        Assert.Contains("report written to", stderr, StringComparison.Ordinal);
        Assert.Equal("pass", JsonDocument.Parse(File.ReadAllText(output)).RootElement.GetProperty("verdict").GetString());
    }

    [Fact]
    public void Checklist_option_replaces_the_default_globs()
    {
        _workspace.Write("READINESS.md", "- [x] a\n");
        _workspace.Write("docs/release-plan.md", "- [x] b\n- [ ] c\n");
        var (_, stdout, _) = Run("check", "--workspace", _workspace.Root, "--checklist", "docs/*plan.md", "--format", "json");
        var checklists = JsonDocument.Parse(stdout).RootElement.GetProperty("checklists");
        Assert.Equal("docs/release-plan.md", checklists.EnumerateArray().Single().GetProperty("path").GetString());
    }

    [Fact]
    public void Default_globs_skip_dependency_and_build_folders()
    {
        _workspace.Write("node_modules/pkg/CHECKLIST.md", "- [x] a\n");
        _workspace.Write("bin/Debug/readiness.md", "- [x] a\n");
        _workspace.Write("Production_Readiness.MD", "- [x] a\n");
        var (_, stdout, _) = Run("check", "--workspace", _workspace.Root, "--format", "json");
        var paths = JsonDocument.Parse(stdout).RootElement.GetProperty("checklists").EnumerateArray().Select(c => c.GetProperty("path").GetString());
        Assert.Equal(["Production_Readiness.MD"], paths);
    }

    [Fact]
    public void No_checklist_found_cannot_be_judged()
    {
        var (exit, stdout, _) = Run("check", "--workspace", _workspace.Root);
        Assert.Equal(ExitCodes.NotJudged, exit);
        Assert.Contains("no-checklist", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "--format", "yaml")]
    [InlineData("check", "--no-such-option")]
    [InlineData("frobnicate")]
    public void Bad_arguments_cannot_be_judged_and_print_no_stack_trace(params string[] args)
    {
        var (exit, _, stderr) = Run(args);
        Assert.Equal(ExitCodes.NotJudged, exit);
        Assert.StartsWith("error:", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_workspace_is_a_usage_error()
    {
        var (exit, _, stderr) = Run("check", "--workspace", Path.Combine(_workspace.Root, "nope"));
        Assert.Equal(ExitCodes.NotJudged, exit);
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_checklist_glob_is_a_usage_error()
    {
        var (exit, _, stderr) = Run("check", "--workspace", _workspace.Root, "--checklist", "docs/{a,b");
        Assert.Equal(ExitCodes.NotJudged, exit);
        Assert.Contains("docs/{a,b", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_format_renders_the_comment_body()
    {
        _workspace.Write("READINESS.md", "## Build ✅\n\n- [ ] open\n");
        var (exit, stdout, _) = Run("check", "--workspace", _workspace.Root, "--format", "markdown");
        Assert.Equal(ExitCodes.Fail, exit);
        Assert.Contains("READINESS.md", stdout, StringComparison.Ordinal);
        Assert.Contains("contradicted", stdout, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _workspace.Dispose();

    internal static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter(new StringBuilder());
        var stderr = new StringWriter(new StringBuilder());
        var exit = CliEntryPoint.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
