namespace FakeGitHub;

/// <summary>The test-only routes under /_fake that read and script the fake's state.</summary>
internal static class FakeControlRoutes
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/_fake/state", (FakeGitHubState state) => Results.Json(state.Snapshot(), FakeGitHubApp.Json));
        app.MapPost("/_fake/reset", (FakeGitHubState state) =>
        {
            state.Reset();
            return Results.NoContent();
        });
        app.MapPost("/_fake/faults", (FakeGitHubState state, FakeFault[] faults) =>
        {
            state.AddFaults(faults);
            return Results.NoContent();
        });
        app.MapPost("/_fake/identity", (FakeGitHubState state, FakeIdentity identity) =>
        {
            state.Identity = identity;
            return Results.NoContent();
        });
        app.MapPost("/_fake/comments", (FakeGitHubState state, SeedComment seed) =>
            Results.Json(state.AddComment(seed.Repository, seed.Issue, seed.Body, seed.User), FakeGitHubApp.Json));
        app.MapPost("/_fake/pulls", (FakeGitHubState state, FakePullRequest pull) =>
        {
            state.AddPullRequest(pull);
            return Results.NoContent();
        });
    }

    internal sealed record SeedComment(string Repository, int Issue, string Body, FakeUser User);
}
