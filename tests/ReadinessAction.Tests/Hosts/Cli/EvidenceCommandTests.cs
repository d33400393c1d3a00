using System.Text.Json;

using ReadinessAction.Hosts.Cli;
using ReadinessAction.Pipeline;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Hosts.Cli;

public sealed class EvidenceCommandTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    public EvidenceCommandTests()
    {
        _workspace.CopyFixture("tests/TestResults/a.trx", "Evidence", "TestResults", "trx_vstest.trx");
        _workspace.CopyFixture("web/junit.xml", "Evidence", "TestResults", "junit_jest.xml");
        _workspace.Write("web/bad.xml", "<testsuite name=\"s\">\n<testcase name=\"a\">\n<failure>");
    }

    [Fact]
    public void Json_output_lists_each_artifact_the_merged_totals_and_diagnostics()
    {
        var output = Path.Combine(_workspace.Root, "evidence.json");

        var exit = Run("--test-results", "**/*.trx", "--test-results", "web/*.xml", "--format", "json", "--output", output);

        Assert.Equal(ExitCodes.Pass, exit);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var artifacts = json.RootElement.GetProperty("artifacts");
        Assert.Equal(2, artifacts.GetArrayLength());
        var trx = artifacts[0];
        Assert.Equal(("tests/TestResults/a.trx", "tests", "trx"), (trx.GetProperty("path").GetString(), trx.GetProperty("kind").GetString(), trx.GetProperty("format").GetString()));
        var tests = trx.GetProperty("tests");
        Assert.Equal((8, 4, 3, 0, 1, 8), (tests.GetProperty("total").GetInt32(), tests.GetProperty("passed").GetInt32(), tests.GetProperty("failed").GetInt32(), tests.GetProperty("errors").GetInt32(), tests.GetProperty("skipped").GetInt32(), tests.GetProperty("cases").GetInt32()));
        Assert.False(trx.TryGetProperty("coverage", out _));
        Assert.Equal(17, json.RootElement.GetProperty("merged").GetProperty("tests").GetProperty("total").GetInt32());
        Assert.False(json.RootElement.GetProperty("merged").TryGetProperty("coverage", out _));
        var diagnostic = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(("error", "malformed-xml", "web/bad.xml", 3), (diagnostic.GetProperty("severity").GetString(), diagnostic.GetProperty("code").GetString(), diagnostic.GetProperty("path").GetString(), diagnostic.GetProperty("line").GetInt32()));
        Assert.Empty(_stdout.ToString());
    }

    [Fact]
    public void Text_output_has_a_line_per_artifact_merged_totals_and_diagnostics_with_file_and_line()
    {
        var exit = Run("--workspace", _workspace.Root, "--test-results", "**/*.trx", "--test-results", "web/*.xml");

        Assert.Equal(ExitCodes.Pass, exit);
        var lines = _stdout.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                "tests/TestResults/a.trx (trx): 8 tests (8 cases): 4 passed, 3 failed, 0 errors, 1 skipped",
                "web/junit.xml (junit): 9 tests (9 cases): 5 passed, 3 failed, 0 errors, 1 skipped",
                "merged tests: 17 tests (17 cases): 9 passed, 6 failed, 0 errors, 2 skipped",
            ],
            lines[..3]);
        Assert.StartsWith("web/bad.xml:3: error malformed-xml: ", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void No_glob_at_all_is_a_usage_error()
    {
        Assert.Equal(ExitCodes.NotJudged, Run());
        Assert.Contains("give at least one --coverage, --test-results or --findings glob", _stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_matched_exits_2_and_names_the_globs()
    {
        var exit = Run("--coverage", "**/coverage.cobertura.xml", "--test-results", "**/*.never");

        Assert.Equal(ExitCodes.NotJudged, exit);
        Assert.Contains("--coverage '**/coverage.cobertura.xml', --test-results '**/*.never' matched no file", _stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_unusable_files_exit_2()
    {
        var exit = Run("--test-results", "web/bad.xml", "--format", "json");

        Assert.Equal(ExitCodes.NotJudged, exit);
        Assert.Contains("every matched file was unusable", _stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"malformed-xml\"", _stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_rejected_by_the_parser()
    {
        Assert.Equal(ExitCodes.NotJudged, Run("--test-results", "**/*.trx", "--format", "sarif"));
    }

    public void Dispose()
    {
        _stdout.Dispose();
        _stderr.Dispose();
        _workspace.Dispose();
    }

    private int Run(params string[] options) =>
        CliEntryPoint.Run(["evidence", .. options.Contains("--workspace") ? options : ["--workspace", _workspace.Root, .. options]], _stdout, _stderr);
}
