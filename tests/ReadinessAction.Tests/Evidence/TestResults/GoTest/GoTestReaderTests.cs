using ReadinessAction.Evidence.TestResults;
using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Evidence.TestResults.GoTest;

public sealed class GoTestReaderTests
{
    private const string Events = """
        {"Time":"2026-12-02T10:00:00Z","Action":"start","Package":"example.com/shop/cart"}
        {"Time":"2026-12-02T10:00:00Z","Action":"run","Package":"example.com/shop/cart","Test":"TestAdd"}
        {"Time":"2026-12-02T10:00:00Z","Action":"output","Package":"example.com/shop/cart","Test":"TestAdd","Output":"=== RUN   TestAdd\n"}
        {"Time":"2026-12-02T10:00:01Z","Action":"pass","Package":"example.com/shop/cart","Test":"TestAdd","Elapsed":0.25}
        {"Time":"2026-12-02T10:00:01Z","Action":"run","Package":"example.com/shop/cart","Test":"TestTotal"}
        {"Time":"2026-12-02T10:00:01Z","Action":"run","Package":"example.com/shop/cart","Test":"TestTotal/empty"}
        {"Time":"2026-12-02T10:00:01Z","Action":"pause","Package":"example.com/shop/cart","Test":"TestTotal/empty"}
        {"Time":"2026-12-02T10:00:01Z","Action":"cont","Package":"example.com/shop/cart","Test":"TestTotal/empty"}
        {"Time":"2026-12-02T10:00:01Z","Action":"skip","Package":"example.com/shop/cart","Test":"TestTotal/empty","Elapsed":0}
        {"Time":"2026-12-02T10:00:01Z","Action":"run","Package":"example.com/shop/cart","Test":"TestTotal/vat"}
        {"Time":"2026-12-02T10:00:01Z","Action":"fail","Package":"example.com/shop/cart","Test":"TestTotal/vat","Elapsed":0.01}
        {"Time":"2026-12-02T10:00:01Z","Action":"fail","Package":"example.com/shop/cart","Test":"TestTotal","Elapsed":0.02}
        {"Time":"2026-12-02T10:00:01Z","Action":"run","Package":"example.com/shop/cart","Test":"TestHangs"}
        {"Time":"2026-12-02T10:00:31Z","Action":"output","Package":"example.com/shop/cart","Output":"panic: test timed out after 30s\n"}
        {"Time":"2026-12-02T10:00:31Z","Action":"fail","Package":"example.com/shop/cart","Elapsed":31}
        """;

    [Fact]
    public void Go_test_json_counts_subtests_as_tests_and_a_test_that_never_ended_as_an_error()
    {
        var read = ArtifactFixture.Text(Events, "go-test.json");

        Assert.Equal("go-test-json", read.Reader!.Format);
        Assert.Equal(new TestTotals(5, 1, 2, 1, 1, 5), read.Totals);
        Assert.Equal(TestOutcome.Error, read.Case("TestHangs").Outcome);
        Assert.Equal(("example.com/shop/cart", 0.25), (read.Case("TestAdd").Suite, read.Case("TestAdd").DurationSeconds));
    }

    [Fact]
    public void A_rerun_that_passes_makes_the_test_passed_and_flaky_and_every_run_counts()
    {
        // gotestsum --rerun-fails: TestFlaky failed, then passed on the rerun; TestLate passed, then failed;
        // TestTwice ran twice (-count=2).
        var read = ArtifactFixture.Text("""
            {"Action":"run","Package":"p","Test":"TestFlaky"}
            {"Action":"fail","Package":"p","Test":"TestFlaky","Elapsed":0.1}
            {"Action":"run","Package":"p","Test":"TestLate"}
            {"Action":"pass","Package":"p","Test":"TestLate","Elapsed":0.1}
            {"Action":"run","Package":"p","Test":"TestTwice"}
            {"Action":"pass","Package":"p","Test":"TestTwice","Elapsed":0.1}
            {"Action":"fail","Package":"p","Elapsed":0.3}
            {"Action":"run","Package":"p","Test":"TestFlaky"}
            {"Action":"pass","Package":"p","Test":"TestFlaky","Elapsed":0.1}
            {"Action":"run","Package":"p","Test":"TestLate"}
            {"Action":"fail","Package":"p","Test":"TestLate","Elapsed":0.1}
            {"Action":"run","Package":"p","Test":"TestTwice"}
            {"Action":"pass","Package":"p","Test":"TestTwice","Elapsed":0.1}
            """, "go-test.json");

        Assert.Equal(new TestTotals(3, 2, 1, 0, 0, 6) { Flaky = 1 }, read.Totals);
        Assert.Equal(new TestRunTotals(6, 4, 2, 0, 0), read.Tests.Runs);
    }

    [Fact]
    public void A_package_that_failed_to_build_is_an_error_not_an_empty_green_run()
    {
        // Compiler output that reaches the same stream is passed through by go test -json as plain lines.
        var read = ArtifactFixture.Text("""
            {"Time":"2026-12-02T10:00:00Z","Action":"start","Package":"example.com/shop/pay"}
            # example.com/shop/pay [example.com/shop/pay.test]
            ./pay_test.go:9:2: undefined: Charge
            {"Time":"2026-12-02T10:00:00Z","Action":"output","Package":"example.com/shop/pay","Output":"FAIL\texample.com/shop/pay [build failed]\n"}
            {"Time":"2026-12-02T10:00:00Z","Action":"fail","Package":"example.com/shop/pay","Elapsed":0}
            """, "go-test.json");

        Assert.Equal(new TestTotals(1, 0, 0, 1, 0, 1), read.Totals);
        Assert.Equal(TestOutcome.Error, read.Case("(package failed)").Outcome);
    }

    [Fact]
    public void A_package_without_test_files_is_zero_tests_with_a_warning()
    {
        var read = ArtifactFixture.Text("""
            {"Time":"2026-12-02T10:00:00Z","Action":"start","Package":"example.com/shop/docs"}
            {"Time":"2026-12-02T10:00:00Z","Action":"output","Package":"example.com/shop/docs","Output":"?   \texample.com/shop/docs\t[no test files]\n"}
            {"Time":"2026-12-02T10:00:00Z","Action":"skip","Package":"example.com/shop/docs","Elapsed":0}
            """, "go-test.json");

        Assert.Equal(TestTotals.Empty, read.Totals);
        Assert.Contains(read.Diagnostics, d => d.Code == "no-test-cases");
    }

    [Fact]
    public void Go_test_json_with_a_broken_event_is_rejected_with_its_line()
    {
        var read = ArtifactFixture.Text(Events + "\n{\"Action\":\"pass\",", "go-test.json");

        Assert.Null(read.Evidence);
        Assert.Contains(read.Diagnostics, d => d.Code == "malformed-json" && d.Line == 16);
    }

    [Fact]
    public void A_benchmark_seen_only_in_its_result_line_is_a_passed_test_and_one_with_events_is_counted_once()
    {
        var read = ArtifactFixture.Text("""
            {"Action":"run","Package":"p","Test":"TestParse"}
            {"Action":"output","Package":"p","Test":"TestParse","Output":"BenchmarkParse\n"}
            {"Action":"output","Package":"p","Test":"TestParse","Output":"BenchmarkParse-8   \t 1000000\t      1043 ns/op\n"}
            {"Action":"output","Package":"p","Output":"BenchmarkSplit/short-16 \t 2000\t 0.44 ns/op\t 0 B/op\n"}
            {"Action":"pass","Package":"p","Test":"TestParse","Elapsed":0.5}
            {"Action":"run","Package":"p","Test":"BenchmarkFails"}
            {"Action":"output","Package":"p","Test":"BenchmarkFails","Output":"BenchmarkFails-8 \t 10\t 5 ns/op\n"}
            {"Action":"fail","Package":"p","Test":"BenchmarkFails","Elapsed":0}
            {"Action":"output","Package":"p","Output":"the result was 12 ns/op slower\n"}
            """, "go-test.json");

        Assert.Equal(new TestTotals(4, 3, 1, 0, 0, 4), read.Totals);
        Assert.Equal(TestOutcome.Passed, read.Case("BenchmarkParse").Outcome);
        Assert.Equal(TestOutcome.Passed, read.Case("BenchmarkSplit/short").Outcome);
        Assert.Equal(TestOutcome.Failed, read.Case("BenchmarkFails").Outcome);
    }

    [Fact]
    public void A_package_that_did_not_compile_is_one_errored_build_not_two_failed_packages()
    {
        // Go 1.24+: build events name an ImportPath; the package's fail event that follows names the failed build.
        var read = ArtifactFixture.Text("""
            {"ImportPath":"example.com/shop/cart [example.com/shop/cart.test]","Action":"build-output","Output":"./cart_test.go:3:1: syntax error\n"}
            {"ImportPath":"example.com/shop/cart [example.com/shop/cart.test]","Action":"build-fail"}
            {"Action":"start","Package":"example.com/shop/cart"}
            {"Action":"fail","Package":"example.com/shop/cart","Elapsed":0,"FailedBuild":"example.com/shop/cart [example.com/shop/cart.test]"}
            {"Action":"run","Package":"example.com/shop/tax","Test":"TestRate"}
            {"Action":"pass","Package":"example.com/shop/tax","Test":"TestRate","Elapsed":0}
            {"Action":"fail","Package":"example.com/shop/tax","Elapsed":0.1}
            """, "go-test.json");

        Assert.Equal(new TestTotals(3, 1, 0, 2, 0, 3), read.Totals);
        Assert.Equal(("example.com/shop/cart", TestOutcome.Error), (read.Case("(build failed)").Suite, read.Case("(build failed)").Outcome));
        Assert.Equal(("example.com/shop/tax", TestOutcome.Error), (read.Case("(package failed)").Suite, read.Case("(package failed)").Outcome));
    }
}
