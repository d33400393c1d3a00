// TRX files do not carry xunit traits: the namespace keeps resilience tests identifiable in the results.
namespace Orders.Tests.Resilience;

public sealed class CircuitBreakerTests
{
    [Fact]
    [Trait("Category", "Resilience")]
    public void Circuit_opens_after_consecutive_failures()
    {
        var now = DateTimeOffset.Parse("2025-03-01T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var breaker = new CircuitBreaker(2, TimeSpan.FromSeconds(30), () => now);

        for (var i = 0; i < 2; i++)
        {
            Assert.Throws<TimeoutException>(() => breaker.Execute<int>(() => throw new TimeoutException()));
        }

        Assert.Equal(CircuitState.Open, breaker.State);
        Assert.Throws<CircuitOpenException>(() => breaker.Execute(() => 1));
    }

    [Fact(Skip = "Needs the chaos rig (network partition between api and pricing); runs in the staging pipeline")]
    [Trait("Category", "Resilience")]
    public void Circuit_recovers_after_a_network_partition()
    {
        var breaker = new CircuitBreaker(1, TimeSpan.Zero);

        Assert.Equal(1, breaker.Execute(() => 1));
    }
}
