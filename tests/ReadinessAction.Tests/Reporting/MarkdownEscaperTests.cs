using ReadinessAction.Reporting.Templates;

namespace ReadinessAction.Tests.Reporting;

public sealed class MarkdownEscaperTests
{
    [Theory]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("</details>", "&lt;/details&gt;")]
    [InlineData("<!-- readiness-action:readiness -->", "&lt;!-- readiness-action:readiness --&gt;")]
    [InlineData("a | b", "a &#124; b")]
    [InlineData("Tom & Jerry &amp;", "Tom &amp; Jerry &amp;amp;")]
    [InlineData("say \"hi\"", "say &quot;hi&quot;")]
    [InlineData("**bold** `code` [link](x) ~~s~~ \\", "&#42;&#42;bold&#42;&#42; &#96;code&#96; &#91;link&#93;(x) &#126;&#126;s&#126;&#126; &#92;")]
    [InlineData("$E = mc^2$", "&#36;E = mc^2&#36;")]
    [InlineData("# Heading", "&#35; Heading")]
    public void Markdown_and_html_syntax_renders_literally(string text, string expected) =>
        Assert.Equal(expected, MarkdownEscaper.Escape(text));

    [Theory]
    [InlineData("ping @octocat", "ping @&#8288;octocat")]
    [InlineData("cc @octo-org/release-team", "cc @&#8288;octo-org/release-team")]
    [InlineData("see #123", "see &#35;&#8288;123")]
    [InlineData("dev@example.com", "dev@&#8288;example.com")]
    [InlineData("a lone @ sign", "a lone @ sign")]
    public void Mentions_and_issue_references_are_neutralised_with_an_invisible_word_joiner(string text, string expected) =>
        Assert.Equal(expected, MarkdownEscaper.Escape(text));

    [Theory]
    [InlineData("snake_case_name", "snake_case_name")]
    [InlineData("_emphasis_", "&#95;emphasis&#95;")]
    [InlineData("__init__", "&#95;&#95;init&#95;&#95;")]
    public void Underscores_stay_inside_words_where_they_cannot_start_emphasis(string text, string expected) =>
        Assert.Equal(expected, MarkdownEscaper.Escape(text));

    [Fact]
    public void Line_breaks_become_spaces_so_text_cannot_start_a_block()
    {
        Assert.Equal("12% &#35;&#35; Fake - &#91;x&#93; item", MarkdownEscaper.Escape("12%\r\n\n## Fake\n- [x] item\n"));
    }

    [Fact]
    public void Control_and_bidi_override_characters_are_dropped()
    {
        Assert.Equal("abc evil", MarkdownEscaper.Escape("a\u0000b\u0007c \u202Eevil\u202C\u2066"));
    }

    [Fact]
    public void Long_text_is_cut_with_an_ellipsis_before_escaping_so_no_entity_is_split()
    {
        var escaped = MarkdownEscaper.Escape(new string('<', 30), 10);

        Assert.Equal(string.Concat(Enumerable.Repeat("&lt;", 10)) + "…", escaped);
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var escaped = MarkdownEscaper.Escape("abcd🚀🚀", 5);

        Assert.Equal("abcd…", escaped);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void Nothing_escapes_to_nothing(string? text) => Assert.Equal("", MarkdownEscaper.Escape(text));
}
