using ReadinessAction.Reporting;

namespace ReadinessAction.Tests.Reporting;

public sealed class CommentMarkerTests
{
    [Theory]
    [InlineData("readiness", "<!-- readiness-action:readiness -->")]
    [InlineData("readiness / prod", "<!-- readiness-action:readiness / prod -->")]
    [InlineData("ci:readiness-gate", "<!-- readiness-action:ci:readiness-gate -->")]
    public void A_plain_status_context_is_kept(string context, string marker) => Assert.Equal(marker, CommentMarker.For(context));

    [Theory]
    [InlineData("x -->\n<img src=x onerror=alert(1)>")]
    [InlineData("--!>")]
    [InlineData("a---->b")]
    [InlineData("line\r\nbreak")]
    public void A_hostile_status_context_cannot_close_the_comment_or_break_the_line(string context)
    {
        var marker = CommentMarker.For(context);

        Assert.StartsWith("<!-- readiness-action:", marker, StringComparison.Ordinal);
        Assert.EndsWith(" -->", marker, StringComparison.Ordinal);
        var inside = marker["<!-- ".Length..^" -->".Length];
        Assert.DoesNotContain("--", inside, StringComparison.Ordinal);
        Assert.DoesNotContain('>', inside);
        Assert.DoesNotContain('<', inside);
        Assert.DoesNotContain('\n', inside);
        Assert.DoesNotContain('\r', inside);
    }

    [Fact]
    public void The_same_context_always_gives_the_same_marker() =>
        Assert.Equal(CommentMarker.For("a<b>--c"), CommentMarker.For("a<b>--c"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_context_falls_back_to_readiness(string context) =>
        Assert.Equal("<!-- readiness-action:readiness -->", CommentMarker.For(context));
}
