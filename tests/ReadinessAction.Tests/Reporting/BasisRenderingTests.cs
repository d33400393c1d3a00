using ReadinessAction.Diagnostics;
using ReadinessAction.Reporting;
using ReadinessAction.Tests.Checklists;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Reporting;

/// <summary>"Verified" on the document alone reads as consistent within the document, never as confirmed by CI.</summary>
public sealed class BasisRenderingTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();
    private readonly ReadinessReport _report;

    public BasisRenderingTests()
    {
        _workspace.Write("PRODUCTION_READINESS.md", File.ReadAllBytes(SeedDocuments.PathOf("000")));
        _report = ReadinessAction.Pipeline.CheckPipeline.Run(new ReadinessAction.Configuration.ReadinessOptions { Workspace = _workspace.Root }).Report;
    }

    [Fact]
    public void The_json_keeps_the_status_verified_and_says_the_basis_is_the_document()
    {
        var total = _report.Claims.Single(c => c.Line == 15 && c.Kind == "test_count" && c.Asserted);

        Assert.Equal("verified", total.Status);
        Assert.Equal("document", total.Basis);
    }

    [Fact]
    public void The_text_report_says_consistent_within_the_document()
    {
        var text = TextReportRenderer.Render(_report);

        var line = text.Split('\n').SkipWhile(l => !l.StartsWith("  PRODUCTION_READINESS.md:15  ", StringComparison.Ordinal) || !l.Contains("test_count", StringComparison.Ordinal)).Take(2).ToList();
        Assert.Contains("consistent   test_count", line[0], StringComparison.Ordinal);
        Assert.Contains("— within the document: 144 + 84 + 62 + 260+ = 550+", line[1], StringComparison.Ordinal);
        Assert.Contains(" consistent within the document, ", text.Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_comment_shows_it_apart_from_verified_claims()
    {
        var markdown = new MarkdownReportRenderer().Render(_report, new DiagnosticBag());

        var row = markdown.Split('\n').Single(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains("| 15 |", StringComparison.Ordinal) && l.Contains("550+", StringComparison.Ordinal) && l.Contains("within the document", StringComparison.Ordinal));
        Assert.StartsWith("| 📄 |", row, StringComparison.Ordinal);
        Assert.Contains("📄 Consistent within the document", markdown, StringComparison.Ordinal);
    }

    public void Dispose() => _workspace.Dispose();
}
