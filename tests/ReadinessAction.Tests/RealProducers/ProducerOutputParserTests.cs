namespace ReadinessAction.Tests.RealProducers;

public sealed class ProducerOutputParserTests
{
    [Fact]
    public void Dotnet_test_summary_line_gives_failed_passed_skipped_and_total()
    {
        const string output = """
            Results File: /tmp/x/TestResults/results.trx

            Failed!  - Failed:     1, Passed:    18, Skipped:     1, Total:    20, Duration: 141 ms - Orders.Tests.dll (net10.0)
            """;

        Assert.Equal(new PrintedTestTotals(20, 18, 1, 1), ProducerOutputParser.ParseDotnetTest(output));
    }

    [Fact]
    public void Dotnet_test_attachment_line_names_the_coverlet_report()
    {
        const string output = """
            Failed!  - Failed:     1, Passed:    18, Skipped:     1, Total:    20, Duration: 141 ms - Orders.Tests.dll (net10.0)

            Attachments:
              /tmp/x/TestResults/31f266fd-b93f-4509-81d2-130fcd915c7f/coverage.cobertura.xml
            """;

        Assert.Equal(
            "/tmp/x/TestResults/31f266fd-b93f-4509-81d2-130fcd915c7f/coverage.cobertura.xml",
            ProducerOutputParser.ParseDotnetCoverageAttachment(output));
    }

    [Fact]
    public void Jest_summary_without_failures_counts_zero_failed_and_skipped()
    {
        const string output = "Test Suites: 3 passed, 3 total\nTests:       12 passed, 12 total\nSnapshots:   0 total\n";

        Assert.Equal(new PrintedTestTotals(12, 12, 0, 0), ProducerOutputParser.ParseJest(output));
    }

    [Fact]
    public void Jest_summary_with_every_kind_counts_todo_as_skipped()
    {
        const string output = "Tests:       1 failed, 2 skipped, 1 todo, 9 passed, 13 total\n";

        Assert.Equal(new PrintedTestTotals(13, 9, 1, 3), ProducerOutputParser.ParseJest(output));
    }

    [Fact]
    public void C8_text_summary_lines_row_gives_percent_and_counts()
    {
        const string output = """
            =============================== Coverage summary ===============================
            Statements   : 68.62% ( 70/102 )
            Branches     : 83.33% ( 20/24 )
            Functions    : 66.66% ( 6/9 )
            Lines        : 68.62% ( 70/102 )
            ================================================================================
            """;

        Assert.Equal(new PrintedLineCoverage(68.62, 70, 102), ProducerOutputParser.ParseC8Lines(output));
    }

    [Fact]
    public void Colored_output_is_read_after_removing_escape_codes()
    {
        const string output = "\u001b[1mTests:       \u001b[22m\u001b[1m\u001b[32m4 passed\u001b[39m\u001b[22m, 4 total\n";

        Assert.Equal(new PrintedTestTotals(4, 4, 0, 0), ProducerOutputParser.ParseJest(output));
    }

    [Fact]
    public void Output_without_a_summary_fails_with_the_output_in_the_message()
    {
        var error = Assert.Throws<FormatException>(() => ProducerOutputParser.ParseDotnetTest("error MSB1009: Project file does not exist."));

        Assert.Contains("MSB1009", error.Message, StringComparison.Ordinal);
    }
}
