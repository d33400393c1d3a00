using ReadinessAction.Evidence.TestResults;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Evidence.TestResults.JUnit;

public sealed class JUnitReaderTests
{
    [Fact]
    public void Jest_junit_keeps_suite_class_and_name_of_every_case()
    {
        var read = ArtifactFixture.TestResults("junit_jest.xml");

        Assert.Equal("junit", read.Reader!.Format);
        Assert.Equal(new TestTotals(9, 5, 3, 0, 1, 9), read.Totals);
        var failed = read.Case("cart checkout throws on timeout");
        Assert.Equal(("cart", "cart checkout throws on timeout", TestOutcome.Failed), (failed.Suite, failed.ClassName, failed.Outcome));
        Assert.Equal(0.05, read.Case("cart adds an item").DurationSeconds);
    }

    [Fact]
    public void Jest_junit_todo_is_a_plain_case_and_reads_as_passed()
    {
        // jest-junit writes test.todo without any marker; the file gives no other reading (CTRF does mark it).
        var read = ArtifactFixture.TestResults("junit_jest.xml");

        Assert.Equal(TestOutcome.Passed, read.Case("cart charges shipping").Outcome);
    }

    [Fact]
    public void Surefire_flaky_failures_pass_and_rerun_failures_fail()
    {
        var read = ArtifactFixture.TestResults("junit_surefire.xml");

        Assert.Equal(new TestTotals(6, 3, 1, 1, 1, 6) { Flaky = 1 }, read.Totals);
        Assert.Equal(TestOutcome.Passed, read.Case("backsOffExponentially").Outcome);
        Assert.Equal(TestOutcome.Failed, read.Case("givesUpAfterTimeout").Outcome);
        Assert.Equal(TestOutcome.Error, read.Case("closesTheCircuit").Outcome);
        Assert.Equal("com.example.orders.RetryPolicyTest", read.Case("retriesThreeTimes").ClassName);
    }

    [Fact]
    public void Pytest_setup_errors_are_errors_and_xfail_is_skipped()
    {
        var read = ArtifactFixture.TestResults("junit_pytest.xml");

        Assert.Equal(new TestTotals(6, 2, 1, 1, 2, 6), read.Totals);
        Assert.Equal(TestOutcome.Error, read.Case("test_currency_conversion").Outcome);
        Assert.Equal(TestOutcome.Skipped, read.Case("test_known_bug").Outcome);
        Assert.Equal(("pytest", "tests.test_billing"), (read.Case("test_discount[10-percent]").Suite, read.Case("test_discount[10-percent]").ClassName));
    }

    [Fact]
    public void Gotestsum_subtests_are_tests_of_their_package()
    {
        var read = ArtifactFixture.TestResults("junit_gotestsum.xml");

        Assert.Equal(new TestTotals(5, 3, 1, 0, 1, 5), read.Totals);
        Assert.Equal("example.com/shop/price", read.Case("TestRound/negative").Suite);
    }

    [Fact]
    public void Phpunit_nested_suites_give_each_case_its_innermost_suite()
    {
        var read = ArtifactFixture.TestResults("junit_phpunit.xml");

        Assert.Equal(new TestTotals(4, 1, 1, 1, 1, 4), read.Totals);
        Assert.Equal(("App\\Tests\\MailerTest", "App.Tests.MailerTest"), (read.Case("testBounceHandling").Suite, read.Case("testBounceHandling").ClassName));
    }

    [Fact]
    public void Category_and_tag_properties_become_categories()
    {
        var read = ArtifactFixture.Text("""
            <testsuite name="s">
              <testcase classname="C" name="t">
                <properties><property name="category" value="Resilience"/><property name="tag" value="slow"/><property name="owner" value="x"/></properties>
              </testcase>
            </testsuite>
            """);

        Assert.Equal(["Resilience", "slow"], read.Case("t").Categories);
    }

    [Fact]
    public void Status_attribute_gives_the_outcome_when_no_child_element_does()
    {
        var read = ArtifactFixture.Text("""
            <testsuites><testsuite name="tst">
              <testcase name="a" status="passed"/><testcase name="b" status="disabled"/>
              <testcase name="c" status="errored"/><testcase name="d" status="failed"><failure/></testcase>
            </testsuite></testsuites>
            """);

        Assert.Equal(new TestTotals(4, 1, 1, 1, 1, 4), read.Totals);
    }

    [Fact]
    public void Disabled_status_skips_a_case_even_when_it_carries_a_failure()
    {
        var read = ArtifactFixture.Text("""
            <testsuites><testsuite name="s">
              <testcase name="a" status="disabled"><failure>Assert: Boolean true check failed.</failure></testcase>
              <testcase name="b" status="ignored"><error/></testcase><testcase name="c" status="run"><failure/></testcase>
            </testsuite></testsuites>
            """);

        Assert.Equal(new TestTotals(3, 0, 1, 0, 2, 3), read.Totals);
    }

    [Fact]
    public void A_lone_testcase_root_is_read()
    {
        var read = ArtifactFixture.Text("""<testcase name="only" classname="C"><error type="E"/></testcase>""");

        Assert.Equal(new TestTotals(1, 0, 0, 1, 0, 1), read.Totals);
    }

    [Fact]
    public void Suite_that_declares_tests_but_lists_none_is_flagged_with_its_line()
    {
        var read = ArtifactFixture.Text("<testsuites>\n<testsuite name=\"p\" tests=\"6\" failures=\"1\"></testsuite>\n</testsuites>", "empty-suite.xml");

        Assert.Equal(0, read.Totals.Total);
        Assert.Contains(read.Diagnostics, d => d.Code == "suite-without-cases" && d.Path == "empty-suite.xml" && d.Line == 2);
    }

    [Fact]
    public void Suite_that_failed_to_start_is_one_errored_test_named_init()
    {
        var read = ArtifactFixture.Text("""
            <testsuites><testsuite name="outer">
              <testsuite name="broken" tests="1" errors="1"><error type="java.lang.NoClassDefFoundError">at X</error></testsuite>
              <testcase name="ok" classname="C"/>
            </testsuite></testsuites>
            """, "ant.xml");

        Assert.Equal(new TestTotals(2, 1, 0, 1, 0, 2), read.Totals);
        Assert.Equal(("broken", TestOutcome.Error), (read.Case("<init>").Suite, read.Case("<init>").Outcome));
        Assert.Contains(read.Diagnostics, d => d.Code == "suite-error" && d.Path == "ant.xml" && d.Line == 2);
        Assert.DoesNotContain(read.Diagnostics, d => d.Code == "suite-without-cases");
    }
}
