namespace FakeGitHub;

/// <summary>Checks the bearer token, plays scripted faults, and logs every API request (without Authorization).</summary>
internal static class RequestPipeline
{
    public static async Task HandleAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Path.StartsWithSegments("/_fake", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var state = context.RequestServices.GetRequiredService<FakeGitHubState>();
        context.Request.EnableBuffering();
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        context.Request.Body.Position = 0;
        var path = $"{context.Request.PathBase}{context.Request.Path}";
        var authorization = context.Request.Headers.Authorization.ToString();
        var hasBearer = authorization.StartsWith("Bearer ", StringComparison.Ordinal) && authorization.Length > "Bearer ".Length;

        if (!hasBearer)
        {
            await Results.Json(new { message = "Requires authentication" }, statusCode: 401).ExecuteAsync(context);
        }
        else if (state.TakeFault(context.Request.Method, path) is { } fault)
        {
            await DelayAsync(fault, context);
            foreach (var (name, value) in fault.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            if (fault.Status > 0)
            {
                await Results.Json(new { message = fault.Message ?? "Scripted fault", documentation_url = "https://docs.github.com/rest" }, statusCode: fault.Status).ExecuteAsync(context);
            }
            else
            {
                await next(context);
            }
        }
        else
        {
            await next(context);
        }

        Log(context, state, path, hasBearer, body);
    }

    private static async Task DelayAsync(FakeFault fault, HttpContext context)
    {
        if (fault.DelayMilliseconds > 0)
        {
            await Task.Delay(fault.DelayMilliseconds, context.RequestAborted);
        }
    }

    private static void Log(HttpContext context, FakeGitHubState state, string path, bool hasBearer, string body)
    {
        var headers = context.Request.Headers
            .Where(h => !string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        state.Log(new FakeRequest(context.Request.Method, path, context.Request.QueryString.Value ?? "", context.Response.StatusCode, hasBearer, headers, body));
    }
}
