using ReadinessAction.Configuration;
using ReadinessAction.Pipeline;
using ReadinessAction.Reporting;
using ReadinessAction.Tests.Support;
using ReadinessAction.Verification;

namespace ReadinessAction.Tests.Verification;

/// <summary>Waived claims (inline marker, <c>ignore:</c>) are listed and counted, never judged, never gating.</summary>
public sealed class WaiverTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    public WaiverTests() => _workspace.CopyFixture("READINESS.md", "Verification", "Waivers", "sections.md");

    [Fact]
    public void A_marker_on_a_line_waives_that_line_only()
    {
        var report = Run();

        var pentest = Assert.Single(report.Waived, w => w.Line == 17);
        Assert.Null(pentest.Reason);
        Assert.Equal("READINESS.md:17", pentest.WaivedBy);
        Assert.Contains(report.Claims, c => c.Line == 16);
        Assert.DoesNotContain(report.Claims, c => c.Line == 17);
    }

    [Fact]
    public void A_marker_under_a_heading_waives_its_section_and_subsections_down_to_the_next_heading_of_its_level()
    {
        var report = Run();

        var performance = report.Waived.Where(w => w.Line is 8 or 12).ToList();
        Assert.Equal(2, performance.Count);
        Assert.All(performance, w => Assert.Equal("measured in production by the SRE dashboard", w.Reason));
        Assert.All(performance, w => Assert.Equal("READINESS.md:6", w.WaivedBy));
        Assert.Contains(report.Claims, c => c.Line == 16);
    }

    [Fact]
    public void A_marker_under_a_nested_heading_waives_only_that_subsection()
    {
        var report = Run();

        var approval = Assert.Single(report.Waived, w => w.Line == 22);
        Assert.Equal("people, not artifacts", approval.Reason);
        Assert.Equal("Sign-off", approval.Section);
        Assert.Contains(report.Claims, c => c.Line == 16 && c.Section == "Security");
        Assert.Contains(report.Claims, c => c.Line == 28 && c.Section == "Operations");
    }

    [Fact]
    public void A_marker_in_a_code_block_is_an_example_not_a_waiver()
    {
        var report = Run();

        Assert.Equal([8, 12, 17, 22], report.Waived.Select(w => w.Line));
        Assert.Equal(4, report.Summary.Waived);
    }

    [Fact]
    public void Waived_claims_never_fail_the_gate_even_when_it_fails_on_their_status()
    {
        _workspace.Write("docs/runbook.md", "x");
        _workspace.Write("docs/threats.md", "x");
        _workspace.Write("docs/oncall.md", "x");

        var outcome = Run(ClaimStatus.Contradicted, ClaimStatus.Unmet, ClaimStatus.Unverifiable);

        Assert.Equal(ExitCodes.Pass, outcome.ExitCode);
        Assert.Equal("Pass: no claim is contradicted, unmet, unverifiable (3 claims judged, 4 waived; policy: gate.fail_on from the built-in default).", outcome.Report.Gate.Reason);
    }

    [Fact]
    public void Without_the_waivers_the_same_checklist_fails()
    {
        _workspace.Write("READINESS.md", File.ReadAllText(Path.Combine(_workspace.Root, "READINESS.md")).Replace("readiness: ignore", "a comment", StringComparison.Ordinal));

        Assert.Equal(ExitCodes.Fail, Run(ClaimStatus.Contradicted).ExitCode);
    }

    [Fact]
    public void A_configured_waiver_by_line_waives_the_claims_on_that_line_of_matching_checklists()
    {
        var outcome = Run([new WaiverRule("READINESS.md", 28, null, "on-call lives in PagerDuty", ".github/readiness.yml:3")]);

        var oncall = Assert.Single(outcome.Report.Waived, w => w.Line == 28);
        Assert.Equal("on-call lives in PagerDuty", oncall.Reason);
        Assert.Equal(".github/readiness.yml:3", oncall.WaivedBy);
        Assert.DoesNotContain(outcome.Report.Claims, c => c.Line == 28);
    }

    [Fact]
    public void A_configured_waiver_for_another_checklist_waives_nothing_here()
    {
        var outcome = Run([new WaiverRule("docs/**", 28, null, "elsewhere", ".github/readiness.yml:3")]);

        Assert.Contains(outcome.Report.Claims, c => c.Line == 28);
    }

    [Theory]
    [InlineData("THREAT MODEL")]
    [InlineData("/threat\\s+model in/")]
    public void A_configured_waiver_by_text_waives_the_claims_whose_text_matches(string text)
    {
        var outcome = Run([new WaiverRule("**", null, text, "reviewed by the security team", ".github/readiness.yml:5")]);

        var threats = Assert.Single(outcome.Report.Waived, w => w.Line == 16);
        Assert.Equal("reviewed by the security team", threats.Reason);
        Assert.DoesNotContain(outcome.Report.Claims, c => c.Line == 16);
    }

    [Fact]
    public void Waived_claims_are_shown_with_their_reason_in_the_text_report()
    {
        var text = TextReportRenderer.Render(Run());

        Assert.Contains("; 4 waived (not judged)", text, StringComparison.Ordinal);
        Assert.Contains("Waived (4, accepted without proof: not judged, never gating):", text, StringComparison.Ordinal);
        Assert.Contains("      people, not artifacts — waived at READINESS.md:20", text, StringComparison.Ordinal);
        Assert.Contains("      no reason given — waived at READINESS.md:17", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_marker_that_waives_nothing_is_a_warning_on_its_line()
    {
        _workspace.Write("READINESS.md", "# Ready\n\nSome text.\n<!-- readiness: ignore -->\n- [x] Runbook in `docs/runbook.md`\n");

        var report = Run();

        var warning = Assert.Single(report.Diagnostics, d => d.Code == UnusedWaivers.Code);
        Assert.Equal(("warning", "READINESS.md", 4), (warning.Severity, warning.Path, warning.Line));
        Assert.Empty(report.Waived);
    }

    [Fact]
    public void A_configured_waiver_that_matches_no_claim_is_a_note_on_its_line()
    {
        var outcome = Run([new WaiverRule("**", null, "no such claim", "stale", ".github/readiness.yml:7")]);

        var note = Assert.Single(outcome.Report.Diagnostics, d => d.Code == UnusedWaivers.Code);
        Assert.Equal(("info", ".github/readiness.yml", 7), (note.Severity, note.Path, note.Line));
    }

    [Fact]
    public void Every_marker_of_the_fixture_waives_something()
    {
        Assert.DoesNotContain(Run().Diagnostics, d => d.Code == UnusedWaivers.Code);
    }

    public void Dispose() => _workspace.Dispose();

    private ReadinessReport Run() => Run(ClaimStatus.Contradicted).Report;

    private CheckOutcome Run(params ClaimStatus[] failOn) =>
        CheckPipeline.Run(new ReadinessOptions { Workspace = _workspace.Root, Gate = new GatePolicy(failOn, new Dictionary<string, IReadOnlyList<ClaimStatus>>()) });

    private CheckOutcome Run(IReadOnlyList<WaiverRule> rules) =>
        CheckPipeline.Run(new ReadinessOptions { Workspace = _workspace.Root, Ignore = rules });
}
