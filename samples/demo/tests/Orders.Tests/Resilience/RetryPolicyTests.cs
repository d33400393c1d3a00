// TRX files do not carry xunit traits: the namespace keeps resilience tests identifiable in the results.
namespace Orders.Tests.Resilience;

public sealed class RetryPolicyTests
{
    private readonly List<TimeSpan> _delays = [];

    private RetryPolicy Policy(int attempts) => new(attempts, TimeSpan.FromSeconds(1), d =>
    {
        _delays.Add(d);
        return Task.CompletedTask;
    });

    [Fact]
    [Trait("Category", "Resilience")]
    public async Task Retry_succeeds_after_transient_failures()
    {
        var calls = 0;

        var result = await Policy(3).ExecuteAsync(
            () => ++calls < 3 ? throw new TimeoutException() : Task.FromResult("ok"),
            ex => ex is TimeoutException);

        Assert.Equal("ok", result);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], _delays);
    }

    [Fact]
    [Trait("Category", "Resilience")]
    public async Task Retry_gives_up_after_the_last_attempt()
    {
        await Assert.ThrowsAsync<TimeoutException>(() =>
            Policy(2).ExecuteAsync<int>(() => throw new TimeoutException(), _ => true));

        Assert.Single(_delays);
    }

    // Known gap: the backoff is not capped yet (tracked as ORD-142); this test fails until it is.
    [Fact]
    [Trait("Category", "Resilience")]
    public void Retry_backoff_is_capped_at_thirty_seconds()
    {
        Assert.True(Policy(12).DelayFor(10) <= TimeSpan.FromSeconds(30));
    }
}
