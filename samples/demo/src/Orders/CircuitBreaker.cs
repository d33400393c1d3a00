namespace Orders;

public sealed class CircuitOpenException : Exception
{
    public CircuitOpenException()
        : base("The circuit is open.")
    {
    }
}

/// <summary>Opens after a number of consecutive failures; lets one trial call through after the break.</summary>
public sealed class CircuitBreaker
{
    private readonly int _failureThreshold;
    private readonly TimeSpan _breakDuration;
    private readonly Func<DateTimeOffset> _clock;
    private int _consecutiveFailures;
    private DateTimeOffset _openedAt;

    public CircuitBreaker(int failureThreshold, TimeSpan breakDuration, Func<DateTimeOffset>? clock = null)
    {
        _failureThreshold = failureThreshold;
        _breakDuration = breakDuration;
        _clock = clock ?? (() => DateTimeOffset.UtcNow);
    }

    public CircuitState State { get; private set; } = CircuitState.Closed;

    public T Execute<T>(Func<T> action)
    {
        if (State == CircuitState.Open)
        {
            if (_clock() - _openedAt < _breakDuration)
            {
                throw new CircuitOpenException();
            }

            State = CircuitState.HalfOpen;
        }

        try
        {
            var result = action();
            _consecutiveFailures = 0;
            State = CircuitState.Closed;
            return result;
        }
        catch
        {
            RecordFailure();
            throw;
        }
    }

    private void RecordFailure()
    {
        _consecutiveFailures++;
        if (State == CircuitState.HalfOpen || _consecutiveFailures >= _failureThreshold)
        {
            State = CircuitState.Open;
            _openedAt = _clock();
        }
    }
}
