using ReadinessAction.Diagnostics;
using ReadinessAction.Reporting;

namespace ReadinessAction.Tests.Reporting;

public sealed class ReportGoldenTests
{
    public static TheoryData<string> Cases() => [.. ReportFixtures.CaseNames()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Comment_body_matches_its_golden_file(string caseName)
    {
        var diagnostics = new DiagnosticBag();
        var body = new CommentBodyBuilder().Build(ReportFixtures.Load(caseName), ReportFixtures.GitHubContext, null, diagnostics);

        GoldenFile.Verify("Reporting", caseName + ".comment.md", body);
        Assert.Empty(diagnostics.Items);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Job_summary_matches_its_golden_file(string caseName)
    {
        var diagnostics = new DiagnosticBag();
        var summary = new SummaryRenderer().Render(ReportFixtures.Load(caseName), ReportFixtures.GitHubContext, null, diagnostics);

        GoldenFile.Verify("Reporting", caseName + ".summary.md", summary);
        Assert.Empty(diagnostics.Items);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Cli_markdown_matches_its_golden_file(string caseName)
    {
        var diagnostics = new DiagnosticBag();
        var markdown = new MarkdownReportRenderer().Render(ReportFixtures.Load(caseName), diagnostics);

        GoldenFile.Verify("Reporting", caseName + ".markdown.md", markdown);
        Assert.Empty(diagnostics.Items);
    }
}
