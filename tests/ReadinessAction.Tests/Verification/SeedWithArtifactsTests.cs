using ReadinessAction.Configuration;
using ReadinessAction.Pipeline;
using ReadinessAction.Reporting;
using ReadinessAction.Tests.Checklists;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Verification;

/// <summary>A seed in a synthetic workspace with 560 passing tests and 71% backend line coverage.</summary>
public sealed class SeedWithArtifactsTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    public SeedWithArtifactsTests()
    {
        _workspace.Write("PRODUCTION_READINESS.md", File.ReadAllBytes(SeedDocuments.PathOf("000")));
        _workspace.Write("reports/junit.xml", SyntheticArtifacts.JUnit(passed: 560));
        _workspace.Write("reports/coverage.cobertura.xml", SyntheticArtifacts.Cobertura(("backend/api/views.py", 710, 1000), ("frontend/src/app.ts", 95, 100)));
    }

    [Fact]
    public void Seed_000_test_count_and_pass_rate_are_verified_by_560_passing_tests()
    {
        var report = Run();
        var count = ClaimAt(report, 15, "test_count");
        Assert.Equal("verified", count.Status);
        Assert.Equal("560 passed", count.Measured);
        Assert.Equal("560 tests ran in reports/junit.xml: 560 passed, 0 failed, 0 errored, 0 skipped", count.Evidence);
        var rate = ClaimAt(report, 15, "pass_rate");
        Assert.Equal("verified", rate.Status);
        Assert.Equal("100% (560/560)", rate.Measured);
    }

    [Fact]
    public void Seed_000_backend_coverage_is_contradicted_by_71_percent()
    {
        var claim = Run().Claims.First(c => c.Line == 16 && c.Kind == "coverage" && c.Asserted);
        Assert.Equal("contradicted", claim.Status);
        Assert.Equal("87%", claim.Claimed);
        Assert.Equal("71%", claim.Measured);
        Assert.Equal("line coverage of backend/ is 71% (710 of 1,000 lines) in reports/coverage.cobertura.xml", claim.Evidence);
    }

    [Fact]
    public void Seed_000_coverage_target_is_judged_as_a_requirement()
    {
        var target = Run().Claims.Single(c => c.Line == 16 && c.Kind == "coverage" && !c.Asserted);
        Assert.Equal(">80%", target.Claimed);
        Assert.Equal("unmet", target.Status);
    }

    public void Dispose() => _workspace.Dispose();

    private static ClaimReport ClaimAt(ReadinessReport report, int line, string kind) =>
        report.Claims.Single(c => c.Line == line && c.Kind == kind && c.Asserted);

    private ReadinessReport Run() => CheckPipeline.Run(new ReadinessOptions
    {
        Workspace = _workspace.Root,
        Coverage = ["reports/*.cobertura.xml"],
        TestResults = ["reports/junit.xml"],
    }).Report;
}
