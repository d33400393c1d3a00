using ReadinessAction.Claims;
using ReadinessAction.Configuration;
using ReadinessAction.Pipeline;
using ReadinessAction.Reporting;
using ReadinessAction.Tests.Checklists;
using ReadinessAction.Tests.Support;
using ReadinessAction.Verification;

namespace ReadinessAction.Tests.Verification;

/// <summary>Each verdict says what it rests on: CI artifacts, the repository's files, the checklist itself, or nothing.</summary>
public sealed class VerdictBasisTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    [Fact]
    public void A_total_equal_to_the_sum_of_its_parts_rests_on_the_document_when_no_artifact_speaks()
    {
        var total = SeedVerdicts.Of("000").At(15, ClaimKind.TestCount);

        Assert.Equal(ClaimStatus.Verified, total.Status);
        Assert.Equal(VerdictBasis.Document, total.Basis);
    }

    [Fact]
    public void The_same_total_rests_on_the_evidence_when_test_results_are_given()
    {
        _workspace.Write("PRODUCTION_READINESS.md", File.ReadAllBytes(SeedDocuments.PathOf("000")));
        _workspace.Write("reports/junit.xml", SyntheticArtifacts.JUnit(passed: 560));
        _workspace.Write("reports/coverage.cobertura.xml", SyntheticArtifacts.Cobertura(("backend/api/views.py", 710, 1000)));

        var claims = CheckPipeline.Run(new ReadinessOptions
        {
            Workspace = _workspace.Root,
            Coverage = ["reports/*.cobertura.xml"],
            TestResults = ["reports/junit.xml"],
        }).Report.Claims;

        Assert.Equal("evidence", claims.Single(c => c.Line == 15 && c.Kind == "test_count" && c.Asserted).Basis);
        Assert.Equal("evidence", claims.Single(c => c.Line == 16 && c.Kind == "coverage" && c.Asserted).Basis);
    }

    [Fact]
    public void Completion_and_rollup_verdicts_rest_on_the_document()
    {
        var judged = SeedVerdicts.Of("000")
            .Where(v => v.Claim.Kind is ClaimKind.CompletionPercent or ClaimKind.StatusRollup && v.Status != ClaimStatus.Unverifiable)
            .ToList();

        Assert.NotEmpty(judged);
        Assert.All(judged, v => Assert.Equal(VerdictBasis.Document, v.Basis));
    }

    [Fact]
    public void Unverifiable_claims_rest_on_nothing()
    {
        var unverifiable = SeedVerdicts.Of("000").Where(v => v.Status == ClaimStatus.Unverifiable).ToList();

        Assert.NotEmpty(unverifiable);
        Assert.All(unverifiable, v => Assert.Equal(VerdictBasis.None, v.Basis));
    }

    [Fact]
    public void File_and_tooling_claims_rest_on_the_repository()
    {
        _workspace.Write("READINESS.md", "# Ready\n\n- [x] Runbook in `docs/runbook.md`\n- [x] Missing page `docs/missing.md`\n- [x] Dependabot enabled\n");
        _workspace.Write("docs/runbook.md", "x");
        _workspace.Write(".github/dependabot.yml", "version: 2\n");

        var claims = CheckPipeline.Run(new ReadinessOptions { Workspace = _workspace.Root }).Report.Claims;

        Assert.Equal(
            [(3, "verified", "repository"), (4, "contradicted", "repository"), (5, "verified", "repository")],
            claims.Select(c => (c.Line, c.Status, c.Basis)));
    }

    [Fact]
    public void A_verdict_resting_on_nothing_stays_so_whatever_basis_is_asked_for()
    {
        var claim = SeedVerdicts.Of("000").First(v => v.Status == ClaimStatus.Unverifiable);

        Assert.Equal(VerdictBasis.None, claim.RestingOn(VerdictBasis.Evidence).Basis);
        Assert.Equal(VerdictBasis.Evidence, (claim with { Status = ClaimStatus.Verified }).RestingOn(VerdictBasis.Evidence).Basis);
    }

    public void Dispose() => _workspace.Dispose();
}
