using System.Diagnostics;
using System.Text.RegularExpressions;

using ReadinessAction.Diagnostics;
using ReadinessAction.Reporting;

namespace ReadinessAction.Tests.Reporting;

public sealed class CommentBodyBuilderTests
{
    [Fact]
    public void First_line_is_the_marker_of_the_status_context()
    {
        var context = ReportFixtures.GitHubContext with { StatusContext = "readiness/prod" };

        var body = new CommentBodyBuilder().Build(ReportFixtures.Load("002-gate-fails"), context, null, new DiagnosticBag());

        Assert.Equal("<!-- readiness-action:readiness/prod -->", body.Split('\n')[0]);
    }

    [Fact]
    public void Gate_decision_comes_before_the_contradicted_claims_which_come_before_the_rest()
    {
        var body = new CommentBodyBuilder().Build(ReportFixtures.Load("002-gate-fails"), ReportFixtures.GitHubContext, null, new DiagnosticBag());

        var gate = body.IndexOf("2 claims are contradicted by this run", StringComparison.Ordinal);
        var contradicted = body.IndexOf("Integration Tests (84 tests, 95% coverage)", StringComparison.Ordinal);
        var details = body.IndexOf("<details>", StringComparison.Ordinal);
        var verified = body.IndexOf("550+ tests passing", StringComparison.Ordinal);
        Assert.True(gate > 0 && gate < contradicted && contradicted < details && details < verified, body);
    }

    [Fact]
    public void Hostile_claim_text_cannot_spoof_the_marker_close_details_or_inject_html()
    {
        var body = new CommentBodyBuilder().Build(ReportFixtures.Load("003-hostile-content"), ReportFixtures.GitHubContext, null, new DiagnosticBag());

        Assert.Single(Regex.Matches(body, "<!-- readiness-action:"));
        Assert.Equal(Regex.Count(body, "<details"), Regex.Count(body, "</details>"));
        Assert.DoesNotContain("<img", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<blink", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@octocat", body, StringComparison.Ordinal);
        Assert.DoesNotContain("@octo-org/security", body, StringComparison.Ordinal);
        Assert.DoesNotContain("](javascript:", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_cells_keep_every_table_row_at_the_column_count_of_its_header()
    {
        var body = new CommentBodyBuilder().Build(ReportFixtures.Load("003-hostile-content"), ReportFixtures.GitHubContext, null, new DiagnosticBag());

        var rows = body.Split('\n').Where(l => l.StartsWith("| ✅", StringComparison.Ordinal) || l.StartsWith("| 🔹", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(7, r.Count(c => c == '|')));
    }

    [Fact]
    public void Five_thousand_claims_are_shortened_at_a_claim_boundary_with_a_pointer_to_the_full_report()
    {
        var report = ReportFixtures.WithClaims(5_000, contradicted: 40);
        var watch = Stopwatch.StartNew();

        var body = new CommentBodyBuilder().Build(report, ReportFixtures.GitHubContext, null, new DiagnosticBag());

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
        Assert.InRange(body.Length, CommentBodyBuilder.MaxLength - 2_000, CommentBodyBuilder.MaxLength);
        Assert.StartsWith("<!-- readiness-action:readiness -->\n", body, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(body, "<details>"));
        Assert.Single(Regex.Matches(body, "</details>"));
        Assert.Contains("| **5000** | 40 |", body, StringComparison.Ordinal);
        for (var i = 1; i <= 40; i++)
        {
            Assert.Contains($"— Claim number {i}: module {i} has 80% line coverage and all of its tests pass<br>", body, StringComparison.Ordinal);
        }

        var rows = body.Split('\n').Where(l => l.StartsWith("| ✅ |", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.EndsWith("in coverage/cobertura.xml. |", r, StringComparison.Ordinal));
        Assert.Contains($"it shows {40 + rows.Count:N0} of 5,000 claims. The full report is in the job summary of [this workflow run](https://github.com/octo/repo/actions/runs/42).", body, StringComparison.Ordinal);
        Assert.EndsWith("\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_that_fits_has_no_shortening_notice()
    {
        var body = new CommentBodyBuilder().Build(ReportFixtures.WithClaims(50), ReportFixtures.GitHubContext, null, new DiagnosticBag());

        Assert.DoesNotContain("shortened", body, StringComparison.Ordinal);
        Assert.Equal(50, body.Split('\n').Count(l => l.StartsWith("| ✅ |", StringComparison.Ordinal)));
    }

    [Fact]
    public void Without_repository_or_sha_locations_are_plain_text()
    {
        var context = new ReportContext(null, null, null, "readiness");

        var body = new CommentBodyBuilder().Build(ReportFixtures.Load("002-gate-fails"), context, null, new DiagnosticBag());

        Assert.DoesNotContain("](", body, StringComparison.Ordinal);
        Assert.Contains("- docs/PRODUCTION_READINESS.md:47 — Integration Tests", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_point_at_the_line_on_a_github_enterprise_host()
    {
        var context = new ReportContext("https://ghe.example.com/platform/payments/", "abc1234def", null, "readiness");

        var body = new CommentBodyBuilder().Build(ReportFixtures.Load("002-gate-fails"), context, null, new DiagnosticBag());

        Assert.Contains("(https://ghe.example.com/platform/payments/blob/abc1234def/services/api/READINESS.md#L9)", body, StringComparison.Ordinal);
    }
}
