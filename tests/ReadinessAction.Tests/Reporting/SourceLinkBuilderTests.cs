using ReadinessAction.Reporting.Templates;

namespace ReadinessAction.Tests.Reporting;

public sealed class SourceLinkBuilderTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef01234567";

    [Fact]
    public void A_checklist_line_links_to_the_blob_at_the_head_sha()
    {
        var links = new SourceLinkBuilder("https://github.com/octo/repo", Sha);

        Assert.Equal($"https://github.com/octo/repo/blob/{Sha}/docs/PRODUCTION_READINESS.md#L47", links.ForFile("docs/PRODUCTION_READINESS.md", 47));
        Assert.Equal($"https://github.com/octo/repo/commit/{Sha}", links.CommitUrl);
    }

    [Fact]
    public void Path_segments_are_percent_encoded_so_the_link_destination_stays_one_token()
    {
        var links = new SourceLinkBuilder("https://github.com/octo/repo/", Sha);

        Assert.Equal($"https://github.com/octo/repo/blob/{Sha}/my%20docs/a%28b%29%23c.md#L1", links.ForFile("./my docs\\a(b)#c.md", 1));
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("../outside.md")]
    [InlineData("docs/../../outside.md")]
    [InlineData("C:/work/READINESS.md")]
    [InlineData("")]
    public void Paths_outside_the_repository_get_no_link(string path) =>
        Assert.Null(new SourceLinkBuilder("https://github.com/octo/repo", Sha).ForFile(path, 1));

    [Theory]
    [InlineData(null, Sha)]
    [InlineData("https://github.com/octo/repo", null)]
    [InlineData("javascript:alert(1)", Sha)]
    [InlineData("https://user:token@github.com/octo/repo", Sha)]
    [InlineData("https://github.com/octo/repo?x=1", Sha)]
    [InlineData("not a url", Sha)]
    public void Without_a_safe_repository_url_and_a_sha_there_are_no_links(string? repository, string? sha) =>
        Assert.Null(new SourceLinkBuilder(repository, sha).ForFile("docs/READINESS.md", 3));

    [Fact]
    public void A_run_url_keeps_its_path_and_loses_characters_that_would_end_a_markdown_link()
    {
        Assert.Equal("https://github.com/octo/repo/actions/runs/42%28x%29", SourceLinkBuilder.WebUrl("https://github.com/octo/repo/actions/runs/42(x)"));
        Assert.Null(SourceLinkBuilder.WebUrl("file:///etc/passwd"));
    }
}
