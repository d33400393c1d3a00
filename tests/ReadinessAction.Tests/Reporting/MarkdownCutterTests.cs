using ReadinessAction.Reporting.Templates;

namespace ReadinessAction.Tests.Reporting;

public sealed class MarkdownCutterTests
{
    [Fact]
    public void Text_that_fits_is_returned_unchanged() =>
        Assert.Equal("short\n", MarkdownCutter.Cut("short\n", 100, s => s.Length));

    [Fact]
    public void A_cut_ends_at_a_paragraph_and_closes_open_details_and_code_fences()
    {
        var text = "intro\n\n<details>\n<summary>s</summary>\n\n```\ncode line\n\nmore code\n```\n\n" + new string('x', 500) + "\n";

        var cut = MarkdownCutter.Cut(text, 75, s => s.Length);

        Assert.Equal("intro\n\n<details>\n<summary>s</summary>\n\n```\ncode line\n```\n\n</details>\n", cut);
    }

    [Fact]
    public void A_cut_never_lands_inside_an_html_comment()
    {
        var text = "keep\n\n<!-- a comment\n\nthat spans paragraphs -->\n\n" + new string('y', 200);

        var cut = MarkdownCutter.Cut(text, 30, s => s.Length);

        Assert.Equal("keep\n", cut);
    }

    [Fact]
    public void The_size_is_measured_by_the_given_measure()
    {
        var text = "ééééé\n\nééééé\n\n";

        var cut = MarkdownCutter.Cut(text, 15, s => System.Text.Encoding.UTF8.GetByteCount(s));

        Assert.Equal("ééééé\n", cut);
    }
}
