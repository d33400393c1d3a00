namespace ReadinessAction.Tests.RealProducers;

public sealed class ProducerProcessTests
{
    [Fact]
    public async Task Missing_tool_fails_with_a_message_naming_it()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ProducerProcess.RunAsync("readiness-no-such-producer", [], Path.GetTempPath(), TimeSpan.FromSeconds(30)));

        Assert.Contains("readiness-no-such-producer", error.Message, StringComparison.Ordinal);
        Assert.Contains("on PATH", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Producer_past_its_deadline_is_killed_and_reported()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<TimeoutException>(() =>
            ProducerProcess.RunAsync("sleep", ["60"], Path.GetTempPath(), TimeSpan.FromSeconds(1)));

        Assert.Contains("sleep 60", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the timeout took {clock.Elapsed}");
    }

    [Fact]
    public async Task Inner_run_does_not_inherit_test_host_variables()
    {
        Environment.SetEnvironmentVariable("VSTEST_READINESS_PROBE", "outer");
        try
        {
            var run = await ProducerProcess.RunAsync("env", [], Path.GetTempPath(), TimeSpan.FromSeconds(30));

            Assert.Equal(0, run.ExitCode);
            Assert.DoesNotContain("VSTEST_READINESS_PROBE", run.Output, StringComparison.Ordinal);
            Assert.Contains("MSBUILDDISABLENODEREUSE=1", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("VSTEST_READINESS_PROBE", null);
        }
    }
}
