using System.Text.Json;

namespace FakeGitHub;

/// <summary>
/// A stateful fake of the GitHub REST endpoints the action uses, on Kestrel. Also mounted under /api/v3 like GitHub
/// Enterprise Server. Test control: GET /_fake/state, POST /_fake/faults, /_fake/comments, /_fake/identity, /_fake/pulls, /_fake/reset.
/// </summary>
public static class FakeGitHubApp
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static WebApplication Create(string[] args, FakeGitHubState? state = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        builder.Services.AddSingleton(state ?? new FakeGitHubState());
        var app = builder.Build();
        app.UsePathBase("/api/v3");
        app.Use(RequestPipeline.HandleAsync);
        FakeControlRoutes.Map(app);
        FakeApiRoutes.Map(app);
        return app;
    }
}
