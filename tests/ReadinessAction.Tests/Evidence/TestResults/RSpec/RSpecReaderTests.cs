using ReadinessAction.Evidence.TestResults;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Evidence.TestResults.RSpec;

public sealed class RSpecReaderTests
{
    [Fact]
    public void Errors_outside_of_examples_are_errors_so_a_spec_that_does_not_load_is_not_green()
    {
        var read = ArtifactFixture.Text("""
            {"version":"3.13.0","messages":["An error occurred while loading ./spec/pay_spec.rb."],
             "examples":[{"id":"./spec/cart_spec.rb[1:1]","description":"adds","full_description":"Cart adds","status":"passed","file_path":"./spec/cart_spec.rb","line_number":3,"run_time":0.5}],
             "summary":{"duration":0.6,"example_count":1,"failure_count":0,"pending_count":0,"errors_outside_of_examples_count":1},
             "summary_line":"1 example, 0 failures, 1 error occurred outside of examples"}
            """, "rspec.json");

        Assert.Equal("rspec-json", read.Reader!.Format);
        Assert.Equal(new TestTotals(2, 1, 0, 1, 0, 2), read.Totals);
        Assert.Equal(("./spec/cart_spec.rb", 0.5), (read.Case("Cart adds").Suite, read.Case("Cart adds").DurationSeconds));
    }

    [Fact]
    public void An_unknown_status_is_an_error_with_a_warning_naming_it()
    {
        var read = ArtifactFixture.Text("""
            {"examples":[{"full_description":"Cart adds","status":"exploded","file_path":"./spec/cart_spec.rb"}],"summary":{"example_count":1}}
            """, "rspec.json");

        Assert.Equal(new TestTotals(1, 0, 0, 1, 0, 1), read.Totals);
        Assert.Contains(read.Diagnostics, d => d.Code == "unknown-outcome" && d.Message.Contains("'exploded'", StringComparison.Ordinal));
    }
}
