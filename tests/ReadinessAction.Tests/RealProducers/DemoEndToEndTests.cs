using System.Text;
using System.Text.Json;


using ReadinessAction.Hosts.Cli;
using ReadinessAction.Pipeline;

namespace ReadinessAction.Tests.RealProducers;

/// <summary>
/// samples/demo judged with the artifacts its real producers (dotnet test + coverlet, jest + jest-junit + c8) wrote in
/// this test run, through the CLI and the sample's own .github/readiness.yml: every status appears, with its evidence.
/// </summary>
[Collection(RealProducerGroup.Name)]
public sealed class DemoEndToEndTests(RealProducerArtifacts producers)
{
    [Fact]
    public void Demo_claims_are_verified_against_the_artifacts_made_in_this_run()
    {
        var claims = Check("feature/x", out var exit);
        Assert.Equal(ExitCodes.Fail, exit);

        var completion = Claim(claims, 3, "completion_percent", asserted: true);
        Assert.Equal(("verified", "13 of 22 task items are checked in section “Production Readiness: Orders service and checkout web” (lines 1-77)"), completion);

        var coverlet = Relative(producers.CoverletCoberturaPath);
        Assert.Equal(("verified", $"line coverage of scope “backend” (**/src/Orders/**) is 72% (121 of 168 lines) in {coverlet}"), Claim(claims, 10, "coverage", asserted: true));
        Assert.Equal(("met", $"line coverage of scope “backend” (**/src/Orders/**) is 72% (121 of 168 lines) in {coverlet}"), Claim(claims, 10, "coverage", asserted: false));

        var c8 = producers.C8Lines;
        Assert.Equal(
            ("contradicted", $"line coverage of scope “frontend” (**/web/src/**) and web/ is 68.6% ({c8.Covered} of {c8.Valid} lines) in web/coverage/cobertura-coverage.xml"),
            Claim(claims, 11, "coverage", asserted: true));

        var dotnet = producers.DotnetPrinted;
        Assert.Equal(
            ("understated", $"{dotnet.Total} tests matched “unit” in TestResults/results.trx: {dotnet.Passed} passed, {dotnet.Failed} failed, 0 errored, {dotnet.Skipped} skipped"),
            Claim(claims, 18, "test_count", asserted: true));
        Assert.Equal(
            ("verified", "5 tests matched “resilience” in TestResults/results.trx: 3 passed, 1 failed, 0 errored, 1 skipped"),
            Claim(claims, 19, "test_ratio", asserted: true));

        var all = dotnet.Total + producers.JestPrinted.Total;
        var passed = dotnet.Passed + producers.JestPrinted.Passed;
        Assert.Equal(
            ("unmet", $"{all} tests ran in TestResults/results.trx and web/reports/junit.xml: {passed} passed, {dotnet.Failed} failed, 0 errored, {dotnet.Skipped} skipped"),
            Claim(claims, 21, "pass_rate", asserted: false));
        Assert.Equal(
            ("met", $"line coverage of all covered files is 70.7% (191 of 270 lines) in {coverlet} and web/coverage/cobertura-coverage.xml"),
            Claim(claims, 26, "coverage", asserted: false));
        Assert.Equal(("unverifiable", "nothing in the repository or the CI artifacts measures this"), Claim(claims, 33, "other_metric", asserted: true));
        Assert.Equal(("verified", "docs/runbook.md exists in the workspace"), Claim(claims, 45, "file_exists", asserted: true));
        Assert.Equal(("contradicted", "no file docs/oncall.md in the workspace"), Claim(claims, 46, "file_exists", asserted: true));
    }

    [Fact]
    public void Demo_gate_is_stricter_on_release_branches()
    {
        Check("release/2025.04", out var release);
        Assert.Equal(ExitCodes.Fail, release);
        using var json = JsonDocument.Parse(Run("--base-branch", "release/2025.04").Stdout);
        var gate = json.RootElement.GetProperty("gate");
        Assert.Equal(["contradicted", "unmet", "unverifiable"], gate.GetProperty("failOn").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("release/2025.04", gate.GetProperty("branch").GetString());
    }

    private static (string Status, string Evidence) Claim(JsonElement claims, int line, string kind, bool asserted)
    {
        var claim = claims.EnumerateArray().Single(c =>
            c.GetProperty("line").GetInt32() == line && c.GetProperty("kind").GetString() == kind && c.GetProperty("asserted").GetBoolean() == asserted);
        return (claim.GetProperty("status").GetString()!, claim.GetProperty("evidence").GetString()!);
    }

    private JsonElement Check(string branch, out int exit)
    {
        var (code, stdout) = Run("--base-branch", branch);
        exit = code;
        return JsonDocument.Parse(stdout).RootElement.GetProperty("claims").Clone();
    }

    private (int Exit, string Stdout) Run(params string[] extra)
    {
        var stdout = new StringWriter(new StringBuilder());
        var stderr = new StringWriter(new StringBuilder());
        string[] args =
        [
            "check", "--workspace", producers.SampleRoot, "--format", "json",
            "--coverage", Relative(producers.CoverletCoberturaPath), "--coverage", "web/coverage/cobertura-coverage.xml",
            "--test-results", "TestResults/results.trx", "--test-results", "web/reports/junit.xml", .. extra,
        ];
        var exit = CliEntryPoint.Run(args, stdout, stderr);
        Assert.True(exit is 0 or 1, stderr.ToString());
        return (exit, stdout.ToString());
    }

    private string Relative(string path) => Path.GetRelativePath(producers.SampleRoot, path).Replace('\\', '/');
}
