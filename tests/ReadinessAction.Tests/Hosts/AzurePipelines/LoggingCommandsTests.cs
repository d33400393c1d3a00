using ReadinessAction.Hosts.AzurePipelines;

namespace ReadinessAction.Tests.Hosts.AzurePipelines;

public sealed class LoggingCommandsTests
{
    [Fact]
    public void An_issue_names_its_file_and_line_and_escapes_what_would_end_the_command()
    {
        using var stdout = new StringWriter();

        new LoggingCommands(stdout).LogIssue("error", "50% done\r\nnext", "docs/a;b].md", 7);

        Assert.Equal("##vso[task.logissue type=error;sourcepath=docs/a%3Bb%5D.md;linenumber=7;]50%AZP25 done%0D%0Anext\n", stdout.ToString());
    }

    [Fact]
    public void An_output_variable_is_marked_as_output_and_its_value_escaped()
    {
        using var stdout = new StringWriter();

        new LoggingCommands(stdout).SetOutputVariable("verdict", "fail\nno");

        Assert.Equal("##vso[task.setvariable variable=verdict;isOutput=true;]fail%0Ano\n", stdout.ToString());
    }

    [Fact]
    public void A_multi_line_secret_is_masked_whole_and_line_by_line()
    {
        using var stdout = new StringWriter();

        new LoggingCommands(stdout).SetSecret("abcd\nefgh");

        Assert.Equal("##vso[task.setsecret]abcd%0Aefgh\n##vso[task.setsecret]abcd\n##vso[task.setsecret]efgh\n", stdout.ToString());
    }

    [Fact]
    public void Summary_upload_and_failure_are_logging_commands()
    {
        using var stdout = new StringWriter();
        var commands = new LoggingCommands(stdout);

        commands.UploadSummary("/tmp/summary.md");
        commands.CompleteFailed("gate failed");

        Assert.Equal("##vso[task.uploadsummary]/tmp/summary.md\n##vso[task.complete result=Failed;]gate failed\n", stdout.ToString());
    }

    [Fact]
    public void A_notice_is_a_plain_line_that_cannot_start_a_logging_command()
    {
        using var stdout = new StringWriter();
        var log = new AzureCiLog(new LoggingCommands(stdout), stdout, Path.Combine(Path.GetTempPath(), "unused-summary.md"));

        log.Annotate(ReadinessAction.Publishing.AnnotationLevel.Notice, "see ##vso[task.complete result=Failed]x", title: "Hint");

        Assert.Equal("Hint: see ##vso\u200B[task.complete result=Failed]x\n", stdout.ToString());
    }
}
