using System.Text;
using System.Text.Json.Nodes;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ReadinessAction.Tests.Hosts.AzurePipelines;

/// <summary>
/// A stateful fake of the Azure DevOps REST calls the step makes, on Kestrel at 127.0.0.1 and a free port. Like the
/// real service it wraps lists in {count, value}, wants api-version=7.1 and Basic credentials, and answers 401 otherwise.
/// </summary>
internal sealed class FakeAzureDevOpsServer : IAsyncDisposable
{
    /// <summary>Shaped like System.AccessToken (a JWT); the fake takes it as a bearer token or as Basic credentials.</summary>
    public const string Token = "eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJidWlsZCJ9.c2lnbmF0dXJlMDEyMzQ1Njc4OQ";
    private const string PullRequests = "/{org}/{project}/_apis/git/repositories/{repo}/pullRequests/{pr:int}";
    private readonly WebApplication _app;

    private FakeAzureDevOpsServer(WebApplication app, FakeAzureDevOpsState state)
    {
        _app = app;
        State = state;
    }

    public FakeAzureDevOpsState State { get; }

    /// <summary>What SYSTEM_COLLECTIONURI would be: https://dev.azure.com/fabrikam/.</summary>
    public Uri CollectionUri => new(new Uri(_app.Urls.Single()), "/fabrikam/");

    public static async Task<FakeAzureDevOpsServer> StartAsync()
    {
        var state = new FakeAzureDevOpsState();
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Use(async (context, next) => await GuardAsync(context, next, state));
        Map(app, state);
        await app.StartAsync();
        return new FakeAzureDevOpsServer(app, state);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task GuardAsync(HttpContext context, RequestDelegate next, FakeAzureDevOpsState state)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        state.Record(context.Request.Method, context.Request.Path + context.Request.QueryString, authorization);
        var fault = state.NextFault(context.Request.Method, context.Request.Path.Value ?? "");
        if (authorization != "Bearer " + Token && authorization != "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(":" + Token)))
        {
            fault = (401, "TF400813: The user '' is not authorized to access this resource.");
        }
        else if (!context.Request.Path.Value!.EndsWith("/connectionData", StringComparison.Ordinal) && context.Request.Query["api-version"] != "7.1")
        {
            fault = (400, "VssVersionNotSpecifiedException: api-version 7.1 is required");
        }

        if (fault is { } f)
        {
            context.Response.StatusCode = f.Status;
            await context.Response.WriteAsJsonAsync(new JsonObject { ["message"] = f.Message, ["typeKey"] = "FakeException" });
            return;
        }

        await next(context);
    }

    private static void Map(WebApplication app, FakeAzureDevOpsState state)
    {
        app.MapGet("/{org}/_apis/connectionData", () => new JsonObject { ["authenticatedUser"] = new JsonObject { ["id"] = FakeAzureDevOpsState.BuildServiceId } });
        app.MapGet(PullRequests + "/threads", () => List(state.Threads.Select(t => t.DeepClone())));
        app.MapPost(PullRequests + "/threads", (JsonObject body) => state.AddThread(body, FakeAzureDevOpsState.BuildServiceId));
        app.MapPatch(PullRequests + "/threads/{thread:int}", (int thread, JsonObject body) =>
        {
            var found = state.Thread(thread);
            if (found is null)
            {
                return Results.NotFound();
            }

            found["status"] = body["status"]?.GetValue<string>();
            return Results.Json(found);
        });
        app.MapPatch(PullRequests + "/threads/{thread:int}/comments/{comment:int}", (int thread, int comment, JsonObject body) =>
            state.Thread(thread)?["comments"]?.AsArray().FirstOrDefault(c => c!["id"]!.GetValue<int>() == comment) is JsonObject found
                ? Results.Json(Edit(found, body))
                : Results.NotFound());
        app.MapDelete(PullRequests + "/threads/{thread:int}/comments/{comment:int}", (int thread, int comment) =>
        {
            if (state.Thread(thread) is not { } found)
            {
                return Results.NotFound();
            }

            found["isDeleted"] = true;
            return Results.Ok();
        });
        app.MapGet(PullRequests + "/iterations", () => List(Enumerable.Range(1, state.Iterations).Select(i => (JsonNode)new JsonObject { ["id"] = i })));
        app.MapPost(PullRequests + "/statuses", (JsonObject body) =>
        {
            lock (state.Statuses)
            {
                state.Statuses.Add(body);
                return new JsonObject { ["id"] = state.Statuses.Count, ["state"] = body["state"]?.GetValue<string>() };
            }
        });
    }

    private static JsonObject Edit(JsonObject comment, JsonObject body)
    {
        comment["content"] = body["content"]?.GetValue<string>();
        return comment;
    }

    private static JsonObject List(IEnumerable<JsonNode?> items)
    {
        var value = new JsonArray([.. items]);
        return new JsonObject { ["count"] = value.Count, ["value"] = value };
    }
}
