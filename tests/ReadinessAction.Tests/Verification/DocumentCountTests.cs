using ReadinessAction.Configuration;
using ReadinessAction.Pipeline;
using ReadinessAction.Reporting;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Verification;

/// <summary>Counts and verdicts a checklist states about its own items, judged for what they say.</summary>
public sealed class DocumentCountTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    [Theory]
    [InlineData("passed_checks: 3", "verified")]
    [InlineData("passed_checks: 5", "contradicted")]
    [InlineData("failed_checks: 2", "verified")]
    [InlineData("remaining_items: 1", "contradicted")]
    [InlineData("total_items: 5", "verified")]
    public void A_front_matter_count_counts_the_items_its_key_names(string key, string status)
    {
        var claim = Judge($"---\n{key}\n---\n# Release\n\n- [x] One\n- [x] Two\n- [x] Three\n- [ ] Four\n- [ ] Five\n", 2);

        Assert.Equal(status, claim.Status);
    }

    [Theory]
    [InlineData("**Overall:** ⚠️ CONDITIONAL GO", "verified")]
    [InlineData("**Status:** ✅ READY (partially: load tests pending)", "verified")]
    [InlineData("**Decision:** ✅ GO", "contradicted")]
    public void A_qualified_verdict_is_not_contradicted_by_open_items(string verdict, string status)
    {
        var claim = Judge($"# Release\n\n{verdict}\n\n- [x] One\n- [ ] Two\n", 3);

        Assert.Equal(status, claim.Status);
    }

    [Theory]
    [InlineData("**Readiness:** 40%", "verified")]
    [InlineData("**Overall progress:** 40%", "verified")]
    [InlineData("**Progress:** 90%", "contradicted")]
    public void A_figure_named_only_readiness_or_progress_speaks_for_the_whole_checklist(string figure, string status)
    {
        var claim = Judge($"# Release\n\n## Build\n\n- [x] One\n- [x] Two\n\n## Deploy\n\n- [ ] Three\n- [ ] Four\n- [ ] Five\n\n{figure}\n", 14);

        Assert.Equal(status, claim.Status);
    }

    public void Dispose() => _workspace.Dispose();

    private ClaimReport Judge(string markdown, int line)
    {
        _workspace.Write("PRODUCTION_READINESS.md", markdown);
        var claims = CheckPipeline.Run(new ReadinessOptions { Workspace = _workspace.Root }).Report.Claims;
        return Assert.Single(claims, c => c.Line == line);
    }
}
