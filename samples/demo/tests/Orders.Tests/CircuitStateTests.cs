namespace Orders.Tests;

public sealed class CircuitStateTests
{
    [Fact]
    public void Successful_call_keeps_the_circuit_closed()
    {
        var breaker = new CircuitBreaker(3, TimeSpan.FromSeconds(30));

        Assert.Equal(42, breaker.Execute(() => 42));
        Assert.Equal(CircuitState.Closed, breaker.State);
    }
}
