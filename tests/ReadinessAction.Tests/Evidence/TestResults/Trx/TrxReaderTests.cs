using ReadinessAction.Evidence.TestResults;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Evidence.TestResults.Trx;

public sealed class TrxReaderTests
{
    [Fact]
    public void Vstest_trx_joins_results_to_their_class_and_assembly()
    {
        var read = ArtifactFixture.TestResults("trx_vstest.trx");

        Assert.Equal("trx", read.Reader!.Format);
        Assert.Equal(new TestTotals(8, 4, 3, 0, 1, 8), read.Totals);
        var theoryRow = read.Case("Sample.Tests.CalculatorTests.Is_positive(value: 1)");
        // VSTest writes the storage (assembly path) in lower case.
        Assert.Equal(("sample.tests.dll", "Sample.Tests.CalculatorTests", TestOutcome.Failed), (theoryRow.Suite, theoryRow.ClassName, theoryRow.Outcome));
        Assert.Equal(TestOutcome.Skipped, read.Case("Sample.Tests.CalculatorTests.Skipped_on_purpose").Outcome);
        Assert.NotNull(theoryRow.DurationSeconds);
    }

    [Fact]
    public void Definitions_before_results_categories_and_broken_outcomes_are_read()
    {
        var read = ArtifactFixture.Text("""
            <?xml version="1.0" encoding="utf-8"?>
            <TestRun id="1" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <TestDefinitions>
                <UnitTest name="Retries" storage="c:\build\orders.tests.dll" id="t1">
                  <TestCategory><TestCategoryItem TestCategory="Resilience" /></TestCategory>
                  <Execution id="e1" />
                  <TestMethod className="Orders.Tests.RetryTests, Orders.Tests, Version=1.0.0.0" name="Retries" />
                </UnitTest>
                <UnitTest name="Hangs" storage="c:\build\orders.tests.dll" id="t2"><Execution id="e2" /><TestMethod className="Orders.Tests.RetryTests" name="Hangs" /></UnitTest>
                <UnitTest name="Crashes" storage="c:\build\orders.tests.dll" id="t3"><Execution id="e3" /><TestMethod className="Orders.Tests.RetryTests" name="Crashes" /></UnitTest>
              </TestDefinitions>
              <Results>
                <UnitTestResult executionId="e1" testId="t1" testName="Retries" outcome="Passed" duration="00:00:01.5000000" />
                <UnitTestResult executionId="e2" testId="t2" testName="Hangs" outcome="Timeout" />
                <UnitTestResult executionId="e3" testId="t3" testName="Crashes" outcome="Aborted" />
              </Results>
            </TestRun>
            """);

        Assert.Equal(new TestTotals(3, 1, 0, 2, 0, 3), read.Totals);
        var retries = read.Case("Retries");
        Assert.Equal(("orders.tests.dll", "Orders.Tests.RetryTests", 1.5), (retries.Suite, retries.ClassName, retries.DurationSeconds));
        Assert.Equal(["Resilience"], retries.Categories);
    }

    [Fact]
    public void Unknown_outcome_is_an_error_and_is_reported()
    {
        var read = ArtifactFixture.Text("""
            <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results>
              <UnitTestResult testId="a" testName="A" outcome="Exploded" /><UnitTestResult testId="b" testName="B" />
            </Results></TestRun>
            """, "odd.trx");

        Assert.Equal(new TestTotals(2, 0, 0, 2, 0, 2), read.Totals);
        Assert.Contains(read.Diagnostics, d => d.Code == "unknown-outcome" && d.Message.Contains("'Exploded'", StringComparison.Ordinal) && d.Path == "odd.trx");
    }

    [Fact]
    public void Data_rows_of_a_data_driven_test_are_runs_of_one_test()
    {
        // MSTest [DataRow]: the parent result holds one inner result per row; vstest's summary counts the rows.
        var read = ArtifactFixture.Text("""
            <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results>
              <UnitTestResult executionId="p" testId="d" testName="Rounds" outcome="Failed" resultType="DataDrivenTest">
                <InnerResults>
                  <UnitTestResult parentExecutionId="p" testId="d" testName="Rounds (0)" outcome="Passed" resultType="DataDrivenDataRow" />
                  <UnitTestResult parentExecutionId="p" testId="d" testName="Rounds (1)" outcome="Failed" resultType="DataDrivenDataRow"><Output /></UnitTestResult>
                </InnerResults>
              </UnitTestResult>
              <UnitTestResult testId="s" testName="Slow" outcome="Passed" />
            </Results></TestRun>
            """, "rows.trx");

        Assert.Equal(new TestTotals(2, 1, 1, 0, 0, 3), read.Totals);
        Assert.Equal(new TestRunTotals(3, 2, 1, 0, 0), read.Evidence!.Tests!.Runs);
    }

    [Fact]
    public void Results_before_definitions_are_named_by_test_id_ignoring_case_else_by_execution_id()
    {
        var read = ArtifactFixture.Text("""
            <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <Results>
                <UnitTestResult executionId="e1" testId="T1" testName="Upper &amp; lower" outcome="passed" />
                <UnitTestResult executionId="E2" testId="unknown" testName="By execution" outcome="Failed"><Output><StdOut>&lt;UnitTestResult testId="t1" /&gt;</StdOut></Output></UnitTestResult>
                <UnitTestResult executionId="e3" testId="t3" testName="Orphan" outcome="Passed" />
              </Results>
              <TestDefinitions>
                <UnitTest name="Upper" storage="/build/A.Tests.dll" id="t1"><Execution id="x1" /><TestMethod className="A.UpperTests" name="Upper" /></UnitTest>
                <UnitTest name="Exec" storage="/build/B.Tests.dll" id="t2"><Execution id="e2" /><TestMethod className="B.ExecTests" name="Exec" /></UnitTest>
                <UnitTest name="Again" storage="/build/C.Tests.dll" id="t1"><TestMethod className="C.SecondTests" name="Again" /></UnitTest>
              </TestDefinitions>
            </TestRun>
            """, "late.trx");

        Assert.Equal(new TestTotals(3, 2, 1, 0, 0, 3), read.Totals);
        var upper = read.Case("Upper & lower");
        Assert.Equal(("A.Tests.dll", "A.UpperTests"), (upper.Suite, upper.ClassName));
        var byExecution = read.Case("By execution");
        Assert.Equal(("B.Tests.dll", "B.ExecTests", TestOutcome.Failed), (byExecution.Suite, byExecution.ClassName, byExecution.Outcome));
        var orphan = read.Case("Orphan");
        Assert.Equal(("", ""), (orphan.Suite, orphan.ClassName));
    }

    [Fact]
    public void A_result_in_step_with_a_later_definition_of_a_repeated_id_is_named_by_the_first()
    {
        var read = ArtifactFixture.Text("""
            <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <Results>
                <UnitTestResult testId="t1" testName="First" outcome="Passed" />
                <UnitTestResult testId="t2" testName="Second" outcome="Passed" />
                <UnitTestResult testId="t1" testName="Third" outcome="Passed" />
              </Results>
              <TestDefinitions>
                <UnitTest name="First" id="t1"><TestMethod className="A.FirstTests" name="First" /></UnitTest>
                <UnitTest name="Second" id="t2"><TestMethod className="B.SecondTests" name="Second" /></UnitTest>
                <UnitTest name="Third" id="T1"><TestMethod className="C.ThirdTests" name="Third" /></UnitTest>
              </TestDefinitions>
            </TestRun>
            """, "repeated.trx");

        Assert.Equal(["A.FirstTests", "B.SecondTests", "A.FirstTests"], read.Tests.Cases.Select(c => c.ClassName));
    }

    [Fact]
    public void Attribute_values_with_character_references_and_any_attribute_order_are_read_whole()
    {
        var read = ArtifactFixture.Text("""
            <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results>
              <UnitTestResult outcome="Failed" duration="00:00:02.2500000" testName="Says &quot;hi&quot;&#10;twice &#x263A;" testId="a" />
              <UnitTestResult testName="Plain" testId="b" duration="00:00:00.5000000" outcome="&#80;assed" />
            </Results></TestRun>
            """, "entities.trx");

        var quoted = read.Case("Says \"hi\"\ntwice \u263A");
        Assert.Equal((TestOutcome.Failed, 2.25), (quoted.Outcome, quoted.DurationSeconds));
        Assert.Equal((TestOutcome.Passed, 0.5), (read.Case("Plain").Outcome, read.Case("Plain").DurationSeconds));
    }

    [Theory]
    [InlineData("00:00:00.0010000")]
    [InlineData("00:00:01.5")]
    [InlineData("01:02:03")]
    [InlineData("23:59:59.9999999")]
    [InlineData("00:00:00.")]
    [InlineData("24:00:00")]
    [InlineData("00:60:00")]
    [InlineData("1.02:03:04.5")]
    [InlineData("00:00:00.00000001")]
    [InlineData(" 00:00:01")]
    [InlineData("0:0:1")]
    [InlineData("00:00:0x")]
    [InlineData("")]
    [InlineData(null)]
    public void Durations_read_as_TimeSpan_parses_them(string? duration)
    {
        double? expected = TimeSpan.TryParse(duration, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed.TotalSeconds : null;

        Assert.Equal(expected, ReadinessAction.Evidence.TestResults.Trx.TrxResult.Seconds(duration));
    }
}
