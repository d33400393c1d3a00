namespace Orders;

/// <summary>Retries transient failures with exponential backoff; the delay function is injectable for tests.</summary>
public sealed class RetryPolicy
{
    private readonly int _maxAttempts;
    private readonly TimeSpan _baseDelay;
    private readonly Func<TimeSpan, Task> _delay;

    public RetryPolicy(int maxAttempts, TimeSpan baseDelay, Func<TimeSpan, Task>? delay = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        _maxAttempts = maxAttempts;
        _baseDelay = baseDelay;
        _delay = delay ?? Task.Delay;
    }

    public async Task<T> ExecuteAsync<T>(Func<Task<T>> action, Func<Exception, bool> isTransient)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await action().ConfigureAwait(false);
            }
            catch (Exception ex) when (attempt < _maxAttempts && isTransient(ex))
            {
                await _delay(DelayFor(attempt)).ConfigureAwait(false);
            }
        }
    }

    public TimeSpan DelayFor(int attempt) => TimeSpan.FromTicks(_baseDelay.Ticks * (1L << (attempt - 1)));
}
