using ReadinessAction.Configuration;
using ReadinessAction.Pipeline;
using ReadinessAction.Reporting;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Verification;

public sealed class TestResultVerifierTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    public TestResultVerifierTests()
    {
        _workspace.Write("reports/limits.xml", SyntheticArtifacts.JUnit(passed: 3, suite: "Api.RateLimiterTests"));
        _workspace.Write("reports/other.xml", SyntheticArtifacts.JUnit(passed: 9, failed: 1, suite: "Api.OrderTests"));
    }

    [Fact]
    public void Unscoped_ratio_is_judged_against_the_tests_of_its_section()
    {
        var claim = Check("### 4.1 Rate Limiting\n\n- [x] 3/3 tests passing\n");
        Assert.Equal("verified", claim.Status);
        Assert.Equal("3 tests matched the section “rate limiting” in reports/limits.xml: 3 passed, 0 failed, 0 errored, 0 skipped", claim.Evidence);
    }

    [Fact]
    public void Unscoped_ratio_whose_section_matches_no_test_is_unverifiable_not_contradicted()
    {
        var claim = Check("### Caching\n\n- [x] 2/2 tests passing\n");
        Assert.Equal("unverifiable", claim.Status);
        Assert.Equal("the claim names no tests, 13 tests ran (not 2), and none matched the section “caching”", claim.Evidence);
    }

    [Fact]
    public void Ratio_over_every_test_that_ran_uses_them_all()
    {
        var claim = Check("### Caching\n\n- [x] 12/13 tests passing\n");
        Assert.Equal("verified", claim.Status);
    }

    [Fact]
    public void Count_in_a_configured_scope_is_contradicted_above_and_understated_below_what_ran()
    {
        var claim = Check("- [x] 20 order tests\n", scopes: new() { ["order"] = new ScopeDefinition([], ["Api.OrderTests*"]) }, kind: "test_count");
        Assert.Equal("contradicted", claim.Status);
        Assert.StartsWith("10 tests matched “order”", claim.Evidence, StringComparison.Ordinal);
        claim = Check("- [x] 2 integration tests\n", scopes: new() { ["integration"] = new ScopeDefinition([], ["Api.OrderTests*"]) }, kind: "test_count");
        Assert.Equal("understated", claim.Status);
        Assert.Equal("10 tests", claim.Measured);
    }

    public void Dispose() => _workspace.Dispose();

    private ClaimReport Check(string checklist, Dictionary<string, ScopeDefinition>? scopes = null, string kind = "test_ratio")
    {
        _workspace.Write("READINESS.md", checklist);
        var report = CheckPipeline.Run(new ReadinessOptions
        {
            Workspace = _workspace.Root,
            TestResults = ["reports/*.xml"],
            Scopes = new Dictionary<string, ScopeDefinition>(scopes ?? [], StringComparer.OrdinalIgnoreCase),
        }).Report;
        return report.Claims.Single(c => c.Kind == kind);
    }
}
