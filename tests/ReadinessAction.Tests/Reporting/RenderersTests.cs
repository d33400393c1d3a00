using System.Text;

using ReadinessAction.Diagnostics;
using ReadinessAction.Reporting;

namespace ReadinessAction.Tests.Reporting;

public sealed class RenderersTests
{
    [Fact]
    public void Cli_markdown_has_neither_marker_nor_links()
    {
        var markdown = new MarkdownReportRenderer().Render(ReportFixtures.Load("002-gate-fails"), new DiagnosticBag());

        Assert.StartsWith("### ❌ Readiness gate failed", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("](", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_markdown_is_never_shortened()
    {
        var markdown = new MarkdownReportRenderer().Render(ReportFixtures.WithClaims(5_000), new DiagnosticBag());

        Assert.True(markdown.Length > CommentBodyBuilder.MaxLength);
        Assert.Equal(5_000, markdown.Split('\n').Count(l => l.StartsWith("| ✅ |", StringComparison.Ordinal)));
    }

    [Fact]
    public void Summary_of_five_thousand_claims_stays_under_a_mebibyte_and_says_how_to_get_the_rest()
    {
        var summary = new SummaryRenderer().Render(ReportFixtures.WithClaims(5_000, contradicted: 10), ReportFixtures.GitHubContext, null, new DiagnosticBag());

        Assert.InRange(Encoding.UTF8.GetByteCount(summary), SummaryRenderer.MaxBytes - 5_000, SummaryRenderer.MaxBytes);
        Assert.Contains("of 5,000 claims. Run `readiness check --format json` for the full report.", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("<!-- readiness-action", summary, StringComparison.Ordinal);
    }
}
