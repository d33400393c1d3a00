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
        Assert.StartsWith("readiness: NOT JUDGED — No checklist matched ", stdout, StringComparison.Ordinal);
        Assert.Contains("no-checklist", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void No_checklist_found_is_not_judged_in_the_json_report_with_its_reason()
    {
        var (exit, stdout, _) = Run("check", "--workspace", _workspace.Root, "--format", "json");

        Assert.Equal(ExitCodes.NotJudged, exit);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("not-judged", root.GetProperty("verdict").GetString());
        Assert.Equal("not-judged", root.GetProperty("gate").GetProperty("verdict").GetString());
        Assert.Equal("no-checklist", root.GetProperty("notJudgedReason").GetString());
        Assert.EndsWith("so nothing was judged.", root.GetProperty("gate").GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Checklists_that_cannot_be_read_are_not_judged_because_none_is_readable()
    {
        _workspace.Write("READINESS.md", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0xFF, 0x00]);

        var (exit, stdout, _) = Run("check", "--workspace", _workspace.Root, "--format", "json");

        Assert.Equal(ExitCodes.NotJudged, exit);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("not-judged", root.GetProperty("verdict").GetString());
        Assert.Equal("no-readable-checklist", root.GetProperty("notJudgedReason").GetString());
    }

    [Fact]
    public void Invalid_configuration_file_is_not_judged_and_names_the_file_and_line()
    {
        _workspace.Write("READINESS.md", "- [x] done\n");
        _workspace.Write(".github/readiness.yml", "gate:\n  fail_on: [lies]\n");

        var (exit, stdout, stderr) = Run("check", "--workspace", _workspace.Root, "--format", "json");

        Assert.Equal(ExitCodes.NotJudged, exit);
        Assert.StartsWith("error: .github/readiness.yml:2: ", stderr, StringComparison.Ordinal);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("not-judged", root.GetProperty("verdict").GetString());
        Assert.Equal("configuration-invalid", root.GetProperty("notJudgedReason").GetString());
        var diagnostic = root.GetProperty("diagnostics")[0];
        Assert.Equal("configuration-invalid", diagnostic.GetProperty("code").GetString());
        Assert.Equal(".github/readiness.yml", diagnostic.GetProperty("path").GetString());
        Assert.Equal(2, diagnostic.GetProperty("line").GetInt32());
        Assert.Contains("lies", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_judged_report_has_no_not_judged_reason_field()
    {
        _workspace.Write("READINESS.md", "- [x] done\n");

        var (exit, stdout, _) = Run("check", "--workspace", _workspace.Root, "--format", "json");

        Assert.Equal(ExitCodes.Pass, exit);
        Assert.False(JsonDocument.Parse(stdout).RootElement.TryGetProperty("notJudgedReason", out _));
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
