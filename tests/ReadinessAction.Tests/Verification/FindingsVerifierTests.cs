using ReadinessAction.Configuration;
using ReadinessAction.Pipeline;
using ReadinessAction.Reporting;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Verification;

public sealed class FindingsVerifierTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    public FindingsVerifierTests()
    {
        _workspace.Write("reports/audit.json", """
            {"auditReportVersion":2,"vulnerabilities":{},"metadata":{"vulnerabilities":{"info":0,"low":2,"moderate":7,"high":0,"critical":0,"total":9}}}
            """);
        _workspace.Write("reports/codeql.sarif", """
            {"version":"2.1.0","runs":[{"tool":{"driver":{"name":"CodeQL","rules":[{"id":"js/xss","properties":{"security-severity":"9.6"}}]}},
              "results":[{"ruleId":"js/xss","ruleIndex":0,"level":"error"}]}]}
            """);
    }

    [Fact]
    public void No_high_vulnerabilities_counts_high_and_critical_in_the_named_tool_only()
    {
        var claim = Check("- [x] npm audit: 0 high vulnerabilities\n");

        Assert.Equal("verified", claim.Status);
        Assert.Equal("0 high or critical", claim.Measured);
        Assert.Equal("npm audit in reports/audit.json: 7 medium, 2 low", claim.Evidence);
    }

    [Fact]
    public void Zero_critical_vulnerabilities_is_contradicted_by_a_critical_finding_of_any_scanner()
    {
        var claim = Check("- [x] 0 critical vulnerabilities\n");

        Assert.Equal("contradicted", claim.Status);
        Assert.Equal("1 critical", claim.Measured);
    }

    [Fact]
    public void A_lint_claim_without_a_lint_report_is_unverifiable_and_says_which_report_is_missing()
    {
        var claim = Check("- [x] ESLint: 0 errors\n");

        Assert.Equal("unverifiable", claim.Status);
        Assert.Equal("no findings report from ESLint was given (--findings)", claim.Evidence);
    }

    [Fact]
    public void An_unchecked_requirement_is_unmet_while_findings_remain()
    {
        var claim = Check("- [ ] Fix CodeQL: 0 critical vulnerabilities\n");

        Assert.Equal("unmet", claim.Status);
        Assert.Equal("1 critical", claim.Measured);
    }

    public void Dispose() => _workspace.Dispose();

    private ClaimReport Check(string checklist)
    {
        _workspace.Write("READINESS.md", "# Security\n\n" + checklist);
        var report = CheckPipeline.Run(new ReadinessOptions { Workspace = _workspace.Root, Findings = ["reports/*"] }).Report;
        return Assert.Single(report.Claims, c => c.Kind == "other_metric");
    }
}
