using System.Text;

using ReadinessAction.Diagnostics;
using ReadinessAction.Reporting;
using ReadinessAction.Reporting.Templates;

namespace ReadinessAction.Tests.Reporting;

/// <summary>A host's limits, links, callouts and words reach the comment and the summary through its dialect.</summary>
public sealed class ReportDialectTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef01234567";

    private static readonly ReportDialect OtherHost = new()
    {
        HostName = "Example CI",
        CommentMaxLength = 4_000,
        SummaryMaxBytes = 6_000,
        RunName = "pipeline run",
        SummaryName = "run summary",
        Callout = (kind, text) => $"> **{kind}**: {text}",
        FileUrl = (repository, sha, path, line) => $"{repository}?path=/{path}&version=GC{sha}&line={line}",
        CommitUrl = (repository, sha) => $"{repository}/commit/{sha}",
        EscapeMention = (c, next) => c == '!' && char.IsAsciiDigit(next) ? "&#33;" + MarkdownEscaper.WordJoiner : null,
    };

    private static readonly ReportContext Context = new("https://ci.example.com/org/project/_git/repo", Sha, "https://ci.example.com/org/project/_build/results?buildId=7", "readiness")
    {
        Dialect = OtherHost,
    };

    [Fact]
    public void Comment_is_cut_to_the_hosts_limit_with_its_callout_and_words()
    {
        var body = new CommentBodyBuilder().Build(ReportFixtures.WithClaims(200, contradicted: 5), Context, null, new DiagnosticBag());

        Assert.InRange(body.Length, 1, OtherHost.CommentMaxLength);
        Assert.Contains("> **WARNING**: This report is shortened to fit Example CI's size limit", body, StringComparison.Ordinal);
        Assert.Contains("The full report is in the run summary of [this pipeline run](https://ci.example.com/org/project/_build/results?buildId=7).", body, StringComparison.Ordinal);
        Assert.DoesNotContain("[!WARNING]", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_links_lines_the_hosts_way_and_names_its_run()
    {
        var summary = new SummaryRenderer().Render(ReportFixtures.WithClaims(3, contradicted: 1), Context, null, new DiagnosticBag());

        Assert.InRange(Encoding.UTF8.GetByteCount(summary), 1, OtherHost.SummaryMaxBytes);
        Assert.Contains($"https://ci.example.com/org/project/_git/repo?path=/services/api/READINESS.md&version=GC{Sha}&line=1", summary, StringComparison.Ordinal);
        Assert.Contains($"[0123456](https://ci.example.com/org/project/_git/repo/commit/{Sha})", summary, StringComparison.Ordinal);
        Assert.Contains("[pipeline run](https://ci.example.com/org/project/_build/results?buildId=7)", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("/blob/", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("workflow run", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Mentions_are_escaped_by_the_hosts_rules()
    {
        const string Text = "Reviewed by @alice in !12 and #34";

        Assert.Equal("Reviewed by @&#8288;alice in !12 and &#35;&#8288;34", MarkdownEscaper.Escape(Text));
        Assert.Equal("Reviewed by @alice in &#33;&#8288;12 and &#35;34", MarkdownEscaper.Escape(Text, MarkdownEscaper.DefaultMaxLength, OtherHost));
    }

    [Fact]
    public void Claim_text_in_a_comment_is_escaped_by_the_hosts_mention_rules()
    {
        var report = ReportFixtures.WithClaims(1, contradicted: 1);
        report = report with { Claims = [report.Claims[0] with { Text = "Signed off in !12" }] };

        var body = new CommentBodyBuilder().Build(report, Context, null, new DiagnosticBag());

        Assert.Contains("Signed off in &#33;&#8288;12", body, StringComparison.Ordinal);
    }

    [Fact]
    public void GitHub_is_the_dialect_of_a_context_that_names_none()
    {
        var context = new ReportContext("https://github.com/octo/repo", Sha, null, "readiness");

        Assert.Same(ReportDialect.GitHub, context.Dialect);
        Assert.Equal(CommentBodyBuilder.MaxLength, context.Dialect.CommentMaxLength);
        Assert.Equal(SummaryRenderer.MaxBytes, context.Dialect.SummaryMaxBytes);
    }
}
