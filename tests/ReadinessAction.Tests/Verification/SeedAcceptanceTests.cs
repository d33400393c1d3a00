using ReadinessAction.Claims;
using ReadinessAction.Diagnostics;
using ReadinessAction.Tests.Checklists;
using ReadinessAction.Verification;

namespace ReadinessAction.Tests.Verification;

/// <summary>The exact facts the checklist-engine issue names for the five seeds.</summary>
public sealed class SeedAcceptanceTests
{
    [Theory]
    [InlineData(66, ClaimKind.CompletionPercent, ClaimStatus.Contradicted, "29.2% (7/24)")]
    [InlineData(105, ClaimKind.CompletionPercent, ClaimStatus.Verified, "71.4% (15/21)")]
    [InlineData(136, ClaimKind.CompletionPercent, ClaimStatus.Verified, "100% (16/16)")]
    [InlineData(327, ClaimKind.CompletionPercent, ClaimStatus.Contradicted, "14.3% (3/21)")]
    [InlineData(408, ClaimKind.CompletionPercent, ClaimStatus.Contradicted, "24.5% (47/192)")]
    [InlineData(28, ClaimKind.StatusRollup, ClaimStatus.Contradicted, "7/24 checked")]
    [InlineData(88, ClaimKind.StatusRollup, ClaimStatus.Contradicted, "5/6 checked")]
    [InlineData(111, ClaimKind.StatusRollup, ClaimStatus.Verified, "5/5 checked")]
    public void Seed_004_sections_are_judged_against_their_own_items(int line, ClaimKind kind, ClaimStatus status, string measured)
    {
        var verdict = SeedVerdicts.Of("004").At(line, kind);
        Assert.Equal(status, verdict.Status);
        Assert.Equal(measured, verdict.Measured);
        Assert.True(verdict.Claim.Asserted);
    }

    [Theory]
    [InlineData(843, ClaimKind.StatusRollup, ClaimStatus.Contradicted, "0/5 checked")]
    [InlineData(844, ClaimKind.StatusRollup, ClaimStatus.Contradicted, "0/5 checked")]
    [InlineData(825, ClaimKind.CompletionPercent, ClaimStatus.Verified, "0% (0/20)")]
    [InlineData(4, ClaimKind.CompletionPercent, ClaimStatus.Contradicted, "5.5% (8/146)")]
    public void Seed_003_launch_criteria_contradict_the_unchecked_priority_items(int line, ClaimKind kind, ClaimStatus status, string measured)
    {
        var verdict = SeedVerdicts.Of("003").At(line, kind);
        Assert.Equal(status, verdict.Status);
        Assert.Equal(measured, verdict.Measured);
    }

    [Fact]
    public void Seed_000_mojibake_is_repaired_and_said_so()
    {
        var diagnostics = new DiagnosticBag();
        var document = SeedDocuments.Load("000", diagnostics);
        Assert.Contains(diagnostics.Items, d => d.Severity == DiagnosticSeverity.Info && d.Code == "mojibake-repaired");
        Assert.Equal("Phase 6: Testing & Validation ✅", document.AllSections().Single(s => s.Line == 44).Title);
        Assert.DoesNotContain(document.Lines, l => l.Text.Contains("‚úÖ", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_000_ready_for_production_is_contradicted_by_its_open_items()
    {
        var verdicts = SeedVerdicts.Of("000");
        var status = verdicts.At(6, ClaimKind.StatusRollup);
        Assert.Equal(ClaimStatus.Contradicted, status.Status);
        Assert.Equal("44/93 checked", status.Measured);
        var functional = verdicts.At(231, ClaimKind.StatusRollup);
        Assert.Equal(ClaimStatus.Contradicted, functional.Status);
        Assert.Equal("0/6 checked", functional.Measured);
    }

    [Fact]
    public void Seed_000_test_total_is_the_sum_of_its_parts()
    {
        var total = SeedVerdicts.Of("000").At(15, ClaimKind.TestCount);
        Assert.Equal(ClaimStatus.Verified, total.Status);
        Assert.StartsWith("144 + 84 + 62 + 260+ = 550+", total.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_000_release_notes_are_a_file_claim()
    {
        var claim = SeedVerdicts.Of("000").At(356, ClaimKind.FileExists).Claim;
        Assert.Equal("RELEASE_NOTES_v1.0.0_GITHUB_MCP.md", claim.Claimed);
        Assert.True(claim.Asserted);
    }

    [Fact]
    public void Seed_002_totals_are_verified_against_the_document()
    {
        var verdicts = SeedVerdicts.Of("002");
        Assert.Equal(ClaimStatus.Verified, verdicts.At(826, ClaimKind.CompletionPercent).Status);
        Assert.Equal("234 items", verdicts.At(826, ClaimKind.CompletionPercent).Measured);
        var methods = verdicts.At(58, ClaimKind.OtherMetric);
        Assert.Equal(ClaimStatus.Verified, methods.Status);
        Assert.StartsWith("8 + 4 + 8 + 9 + 8 + 14 + 5 = 56", methods.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_002_coverage_requirement_keeps_its_scope_paths()
    {
        var claim = SeedVerdicts.Of("002").At(17, ClaimKind.Coverage).Claim;
        Assert.False(claim.Asserted);
        Assert.Equal([">90%"], [claim.Claimed]);
        Assert.Equal(Comparison.GreaterThan, claim.Value!.Comparison);
        Assert.Equal(["svc/", "core/"], claim.ScopePaths);
    }
}
