using ReadinessAction.Hosts.GitHubActions;

namespace ReadinessAction.Tests.Hosts.GitHubActions;

public sealed class GitHubFilesTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("readiness-github-files-").FullName;

    private string OutputPath => Path.Combine(_directory, "output");

    private string SummaryPath => Path.Combine(_directory, "summary.md");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void An_output_is_written_with_the_heredoc_syntax_and_a_random_delimiter()
    {
        var files = new GitHubFiles(OutputPath, SummaryPath);

        files.SetOutput("verdict", "fail");
        files.SetOutput("report", "{\n  \"verdict\": \"fail\"\n}");

        var lines = File.ReadAllText(OutputPath).Split('\n');
        Assert.Matches("^verdict<<ghadelimiter_[0-9a-f]{32}$", lines[0]);
        Assert.Equal(["fail", lines[0]["verdict<<".Length..]], lines[1..3]);
        Assert.Matches("^report<<ghadelimiter_[0-9a-f]{32}$", lines[3]);
        Assert.NotEqual(lines[0]["verdict<<".Length..], lines[3]["report<<".Length..]);
        Assert.Equal(["{", "  \"verdict\": \"fail\"", "}", lines[3]["report<<".Length..], ""], lines[4..]);
    }

    [Fact]
    public void A_delimiter_that_occurs_in_the_value_is_replaced_by_another()
    {
        var delimiters = new Queue<string>(["EOF", "EOF_2"]);
        var files = new GitHubFiles(OutputPath, null, delimiters.Dequeue);

        files.SetOutput("body", "line\nEOF\nverdict=pass");

        Assert.Equal("body<<EOF_2\nline\nEOF\nverdict=pass\nEOF_2\n", File.ReadAllText(OutputPath));
    }

    [Fact]
    public void An_empty_value_is_an_empty_output()
    {
        new GitHubFiles(OutputPath, null, () => "D").SetOutput("comment-url", "");

        Assert.Equal("comment-url<<D\n\nD\n", File.ReadAllText(OutputPath));
    }

    [Theory]
    [InlineData("")]
    [InlineData("bad name")]
    [InlineData("a<<b")]
    [InlineData("a=b")]
    [InlineData("a\nb")]
    public void An_invalid_output_name_is_a_bug_of_the_caller(string name) =>
        Assert.Throws<ArgumentException>(() => new GitHubFiles(OutputPath, null).SetOutput(name, "v"));

    [Fact]
    public void The_summary_is_appended_and_each_part_ends_with_a_line_break()
    {
        var files = new GitHubFiles(null, SummaryPath);
        File.WriteAllText(SummaryPath, "# Earlier step\n");

        files.AppendSummary("## ✅ Readiness gate passed");
        files.AppendSummary("second part\n");

        Assert.Equal("# Earlier step\n## ✅ Readiness gate passed\nsecond part\n", File.ReadAllText(SummaryPath));
    }

    [Fact]
    public void Files_are_utf8_without_byte_order_mark()
    {
        var files = new GitHubFiles(OutputPath, SummaryPath, () => "D");

        files.SetOutput("verdict", "✅");
        files.AppendSummary("✅");

        Assert.Equal("verdict<<D\n✅\nD\n"u8.ToArray(), File.ReadAllBytes(OutputPath));
        Assert.Equal("✅\n"u8.ToArray(), File.ReadAllBytes(SummaryPath));
    }

    [Fact]
    public void Without_paths_nothing_is_written()
    {
        var files = new GitHubFiles(null, " ");

        files.SetOutput("verdict", "pass");
        files.AppendSummary("summary");

        Assert.False(files.WritesOutputs);
        Assert.False(files.WritesSummary);
        Assert.Empty(Directory.GetFiles(_directory));
    }
}
