using System.Globalization;
using System.Net;

using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ReadinessAction.Hosts.Http;

/// <summary>
/// Retries 5xx, network errors and timeouts with exponential backoff, and rate limits (403/429 with Retry-After,
/// or x-ratelimit-remaining: 0) after the wait the server asks for; every attempt has its own timeout.
/// GitHub and Azure DevOps both speak this.
/// </summary>
public static class RetryPipeline
{
    public static ResiliencePipeline<HttpResponseMessage> Build(RetrySettings options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = options.TimeProvider }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options)),
                DelayGenerator = args => ValueTask.FromResult(ServerRequestedDelay(args.Outcome.Result, options.TimeProvider)),
            })
            .AddTimeout(options.RequestTimeout)
            .Build();
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, RetrySettings options)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        var response = outcome.Result!;
        if ((int)response.StatusCode >= 500)
        {
            return true;
        }

        if (!IsRateLimited(response))
        {
            return false;
        }

        // A limit that resets later than we are willing to wait fails now, with GitHub's message.
        var wait = ServerRequestedDelay(response, options.TimeProvider);
        return wait is null || wait <= options.MaxRetryDelay;
    }

    public static bool IsRateLimited(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => true,
            HttpStatusCode.Forbidden => response.Headers.RetryAfter is not null || Header(response, "x-ratelimit-remaining") == "0",
            _ => false,
        };
    }

    /// <summary>The wait the server asked for, or null to use the backoff.</summary>
    public static TimeSpan? ServerRequestedDelay(HttpResponseMessage? response, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (response is null)
        {
            return null;
        }

        if (response.Headers.RetryAfter is { } retryAfter)
        {
            return retryAfter.Delta ?? (retryAfter.Date is { } date ? Max(date - clock.GetUtcNow()) : null);
        }

        if (Header(response, "x-ratelimit-remaining") == "0"
            && long.TryParse(Header(response, "x-ratelimit-reset"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var reset))
        {
            // The reset is an epoch second; one more second covers clock skew between GitHub and the runner.
            return Max(DateTimeOffset.FromUnixTimeSeconds(reset) - clock.GetUtcNow() + TimeSpan.FromSeconds(1));
        }

        return null;
    }

    private static TimeSpan Max(TimeSpan span) => span < TimeSpan.Zero ? TimeSpan.Zero : span;

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
