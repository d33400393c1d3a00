using ReadinessAction.Evidence.TestResults;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Evidence.TestResults.Cucumber;

public sealed class CucumberReaderTests
{
    [Fact]
    public void Cucumber_js_output_counts_scenarios_with_undefined_and_pending_as_errors_and_outline_rows_as_runs()
    {
        // Written by cucumber-js 12.8.3; it printed "6 scenarios (1 failed, 1 undefined, 1 pending, 3 passed)".
        var read = ArtifactFixture.TestResults("cucumber_js.json");

        Assert.Equal("cucumber-json", read.Reader!.Format);
        Assert.Equal(new TestRunTotals(6, 3, 1, 2, 0), read.Tests.Runs);
        Assert.Equal(new TestTotals(5, 2, 1, 2, 0, 6), read.Totals);
        Assert.Equal(TestOutcome.Failed, read.Case("a wrong total").Outcome);
        Assert.Equal("features/cart.feature", read.Case("adding an item").Suite);
    }

    [Fact]
    public void A_failing_background_fails_the_scenario_that_follows_it_and_hooks_count()
    {
        var read = ArtifactFixture.Text("""
            [{"uri":"classpath:features/pay.feature","id":"pay","keyword":"Feature","name":"Pay","line":1,"elements":[
              {"type":"background","keyword":"Background","name":"","line":3,"steps":[{"keyword":"Given ","name":"a card","result":{"status":"failed","duration":1000000}}]},
              {"type":"scenario","keyword":"Scenario","name":"pays","line":6,"steps":[{"keyword":"When ","name":"I pay","result":{"status":"skipped"}}]},
              {"type":"scenario","keyword":"Scenario","name":"refunds","line":9,
               "before":[{"match":{"location":"Hooks.setUp()"},"result":{"status":"passed","duration":500000000}}],
               "steps":[{"keyword":"When ","name":"I refund","result":{"status":"passed","duration":500000000}}],
               "after":[{"match":{"location":"Hooks.tearDown()"},"result":{"status":"failed"}}]},
              {"type":"scenario","keyword":"Scenario","name":"skipped by a hook","line":12,
               "before":[{"result":{"status":"skipped"}}],"steps":[{"keyword":"When ","name":"I wait","result":{"status":"skipped"}}]}
            ]}]
            """, "cucumber.json");

        Assert.Equal("cucumber-json", read.Reader!.Format);
        Assert.Equal(TestOutcome.Failed, read.Case("pays").Outcome);
        Assert.Equal((TestOutcome.Failed, 1.0), (read.Case("refunds").Outcome, read.Case("refunds").DurationSeconds!.Value));
        Assert.Equal(TestOutcome.Skipped, read.Case("skipped by a hook").Outcome);
        Assert.Equal("Pay", read.Case("pays").ClassName);
    }

    [Fact]
    public void A_feature_without_scenarios_is_zero_tests_not_an_unreadable_file()
    {
        var read = ArtifactFixture.Text("""[{"id":"some-feature","name":"some feature","description":"","line":1,"keyword":"Feature","uri":"features/a.feature"}]""", "cucumber.json");

        Assert.Equal("cucumber-json", read.Reader!.Format);
        Assert.Equal(TestTotals.Empty, read.Totals);
    }

    [Fact]
    public void An_unknown_step_status_is_an_error_with_a_warning_naming_it()
    {
        var read = ArtifactFixture.Text("""
            [{"uri":"a.feature","keyword":"Feature","elements":[{"type":"scenario","name":"s","steps":[{"result":{"status":"exploded"}}]}]}]
            """, "cucumber.json");

        Assert.Equal(TestOutcome.Error, read.Case("s").Outcome);
        Assert.Contains(read.Diagnostics, d => d.Code == "unknown-outcome" && d.Message.Contains("'exploded'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_json_array_that_is_not_cucumber_is_not_taken_for_it()
    {
        var read = ArtifactFixture.Text("""[{"keyword":"x","name":"not a feature list"}]""", "data.json");

        Assert.NotEqual("cucumber-json", read.Reader?.Format);
    }
}
