using ReadinessAction.Diagnostics;
using ReadinessAction.Reporting;
using ReadinessAction.Workspace;

namespace ReadinessAction.Tests.Reporting;

public sealed class UserTemplateTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("readiness-templates-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void A_valid_user_template_is_rendered_after_the_marker()
    {
        var path = Write("ok.hbs", "Verdict {{verdict}}: {{gate.reason}}\n{{#each contradicted}}\n* {{location}} {{claimed}} vs {{measured}}\n{{/each}}\n");
        var diagnostics = new DiagnosticBag();

        var body = new CommentBodyBuilder(new WorkspaceFileGuard(_directory)).Build(ReportFixtures.Load("002-gate-fails"), ReportFixtures.GitHubContext, path, diagnostics);

        Assert.Equal(
            "<!-- readiness-action:readiness -->\n"
            + "Verdict fail: 2 claims are contradicted by this run's evidence, and the gate fails on contradicted claims for release branches.\n"
            + "* docs/PRODUCTION_READINESS.md:47 95% vs 61.2%\n"
            + "* services/api/READINESS.md:9 27/27 passing vs 24/27 passing\n",
            body);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Double_and_triple_stash_render_the_same_escaped_text_without_double_escaping()
    {
        var path = Write("stash.hbs", "{{#each contradicted}}{{text}}\n{{{text}}}\n{{/each}}");

        var body = new CommentBodyBuilder(new WorkspaceFileGuard(_directory)).Build(ReportFixtures.Load("003-hostile-content"), ReportFixtures.GitHubContext, path, new DiagnosticBag());

        var lines = body.Split('\n');
        Assert.Equal(lines[1], lines[2]);
        Assert.StartsWith("&lt;img src=x onerror=alert(document.cookie)&gt;", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;lt;", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("syntax-unclosed.hbs", "# Report\n\n{{#each contradicted}}\n- {{text}}\n", 3, "'#each' was closed")]
    [InlineData("syntax-stray-close.hbs", "# Report\n{{verdict}}\n\n\n{{/if}}\n", 5, "'/if'")]
    [InlineData("syntax-bad-token.hbs", "# Report\nline two\n{{ verdict bar= }}\n", 3, "Unexpected token")]
    [InlineData("unknown-helper.hbs", "# Report\n{{verdict}}\n{{#each contradicted}}\n{{shout text}}\n{{/each}}\n", 4, "unknown helper 'shout'")]
    [InlineData("unknown-block-helper.hbs", "# Report\n\n{{#repeat 3}}x{{/repeat}}\n", 3, "unknown helper 'repeat'")]
    [InlineData("unknown-partial.hbs", "# Report\n{{verdict}}\n{{> footer}}\n", 3, "unknown partial 'footer'")]
    [InlineData("unknown-field.hbs", "# Report\n{{verdict}}\n\n{{gate.verdcit}}\n", 4, "unknown field 'gate.verdcit'")]
    public void A_broken_user_template_is_an_error_naming_file_and_line_and_the_default_template_is_used(
        string fileName, string template, int line, string reason)
    {
        var path = Write(fileName, template);
        var diagnostics = new DiagnosticBag();

        var body = new CommentBodyBuilder(new WorkspaceFileGuard(_directory)).Build(ReportFixtures.Load("002-gate-fails"), ReportFixtures.GitHubContext, path, diagnostics);

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("template-invalid", error.Code);
        Assert.Equal(Path.GetRelativePath(_directory, path), error.Path);
        Assert.Equal(line, error.Line);
        Assert.True(error.Message.Contains(reason, StringComparison.Ordinal), error.Message);
        Assert.Contains("the default comment template was used instead", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("<!-- readiness-action:readiness -->\n### ❌ Readiness gate failed", body, StringComparison.Ordinal);
        Assert.Contains("template-invalid", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_user_template_is_an_error_naming_the_file_and_the_default_template_is_used()
    {
        var path = Path.Combine(_directory, ".github", "readiness-comment.hbs");
        var diagnostics = new DiagnosticBag();

        var body = new CommentBodyBuilder(new WorkspaceFileGuard(_directory)).Build(ReportFixtures.Load("001-gate-passes"), ReportFixtures.GitHubContext, path, diagnostics);

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(Path.GetRelativePath(_directory, path), error.Path);
        Assert.Null(error.Line);
        Assert.Equal(
            "the comment template cannot be used: the file does not exist; the default comment template was used instead",
            error.Message);
        Assert.Contains("### ✅ Readiness gate passed", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_summary_template_falls_back_to_the_default_summary()
    {
        var path = Write("summary.hbs", "{{#if verdict}}\nopen\n");
        var diagnostics = new DiagnosticBag();

        var summary = new SummaryRenderer(new WorkspaceFileGuard(_directory)).Render(ReportFixtures.Load("001-gate-passes"), ReportFixtures.GitHubContext, path, diagnostics);

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(1, error.Line);
        Assert.Contains("the default summary template was used instead", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("## ✅ Readiness gate passed", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_template_too_long_even_without_claims_is_cut_at_a_paragraph_and_its_details_closed()
    {
        var paragraph = string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet. ", 40));
        var template = "{{verdict}}\n\n<details>\n<summary>Boilerplate</summary>\n\n"
            + string.Join("\n\n", Enumerable.Repeat(paragraph, 200)) + "\n\n</details>\n";
        var path = Write("huge.hbs", template);

        var body = new CommentBodyBuilder(new WorkspaceFileGuard(_directory)).Build(ReportFixtures.Load("002-gate-fails"), ReportFixtures.GitHubContext, path, new DiagnosticBag());

        Assert.True(body.Length <= CommentBodyBuilder.MaxLength, $"{body.Length} characters");
        Assert.True(body.Contains(paragraph + "\n\n</details>\n\n> [!WARNING]", StringComparison.Ordinal), body[^800..]);
        Assert.Contains("it shows 0 of 6 claims and 0 of 2 diagnostics.", body, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
