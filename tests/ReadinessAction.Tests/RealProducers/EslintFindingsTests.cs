using System.Text.Json;

using ReadinessAction.Configuration;
using ReadinessAction.Evidence;
using ReadinessAction.Evidence.Findings;
using ReadinessAction.Pipeline;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.RealProducers;

/// <summary>
/// Real ESLint (tests/tools) lints a generated file with known problems and writes its JSON and, through Microsoft's
/// SARIF formatter, SARIF; both must read to the error and warning counts ESLint itself put in its JSON.
/// </summary>
public sealed class EslintFindingsTests : IAsyncLifetime, IDisposable
{
    private static readonly string Tools = Path.Combine(RepositoryPaths.Root, "tests", "tools", "node_modules");
    private readonly TempWorkspace _workspace = new();

    public async Task InitializeAsync()
    {
        _workspace.Write("eslint.config.js", """module.exports = [{ files: ["**/*.js"], rules: { "no-unused-vars": "error", "eqeqeq": "error", "no-console": "warn" } }];""");
        _workspace.Write("src/cart.js", "const unused = 1;\nconsole.log('cart');\nif (total == 1) { console.log('one'); }\n");
        _workspace.Write("src/pay.js", "export function pay(amount) { return amount; }\n");
        foreach (var (format, output) in new[] { ("json", "lint/eslint.json"), (Path.Combine(Tools, "@microsoft", "eslint-formatter-sarif", "sarif.js"), "lint/eslint.sarif") })
        {
            var run = await ProducerProcess.RunAsync(
                "node",
                [Path.Combine(Tools, "eslint", "bin", "eslint.js"), "--no-ignore", "-f", format, "-o", Path.Combine(_workspace.Root, output), "src"],
                _workspace.Root,
                TimeSpan.FromMinutes(2));
            Assert.True(run.ExitCode == 1, $"{run.Command} exited {run.ExitCode} (1 = problems found): {run.Output}");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData("lint/eslint.json", "eslint-json")]
    [InlineData("lint/eslint.sarif", "sarif")]
    public void Eslint_output_reads_to_the_counts_eslint_reported(string path, string format)
    {
        var (errors, warnings) = EslintOwnCounts();

        var read = ArtifactFixture.Read(File.ReadAllBytes(Path.Combine(_workspace.Root, path)), path);

        Assert.Equal(format, read.Reader!.Format);
        var findings = read.Evidence!.Findings!;
        Assert.Equal("ESLint", Assert.Single(findings.Tools));
        Assert.Equal(errors, findings.Items.Count(f => f.Level == "error"));
        Assert.Equal(warnings, findings.Items.Count(f => f.Level == "warning"));
        Assert.All(findings.Items, f => Assert.Equal(FindingCategory.Lint, f.Category));
    }

    [Fact]
    public void A_checklist_that_claims_no_eslint_errors_is_contradicted_by_the_real_report()
    {
        _workspace.Write("READINESS.md", "# Quality\n\n- [x] ESLint: 0 errors, 3 warnings\n");

        var report = CheckPipeline.Run(new ReadinessOptions { Workspace = _workspace.Root, Findings = ["lint/*.sarif"] }).Report;

        var errors = Assert.Single(report.Claims, c => c.Kind == "other_metric" && c.Claimed == "0 errors");
        Assert.Equal("contradicted", errors.Status);
        Assert.Equal("2 errors", errors.Measured);
        Assert.Equal("ESLint in lint/eslint.sarif: 2 errors, 2 warnings", errors.Evidence);
        var warnings = Assert.Single(report.Claims, c => c.Kind == "other_metric" && c.Claimed == "3 warnings");
        Assert.Equal(("contradicted", "2 warnings"), (warnings.Status, warnings.Measured));
    }

    private (int Errors, int Warnings) EslintOwnCounts()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_workspace.Root, "lint", "eslint.json")));
        var files = json.RootElement.EnumerateArray().ToList();
        return (files.Sum(f => f.GetProperty("errorCount").GetInt32()), files.Sum(f => f.GetProperty("warningCount").GetInt32()));
    }
}
