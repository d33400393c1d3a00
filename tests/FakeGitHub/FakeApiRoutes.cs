using System.Globalization;

namespace FakeGitHub;

/// <summary>The GitHub REST routes, answering with GitHub's shapes and status codes.</summary>
internal static class FakeApiRoutes
{
    private static readonly string[] States = ["pending", "success", "failure", "error"];

    public static void Map(WebApplication app)
    {
        app.MapGet("/user", (FakeGitHubState state) => state.Identity.IsInstallation
            ? Error(403, "Resource not accessible by integration")
            : Results.Json(User(state.Identity.User), FakeGitHubApp.Json));

        app.MapGet("/repos/{owner}/{repo}/issues/{issue:int}/comments", (HttpContext http, FakeGitHubState state, string owner, string repo, int issue, int? per_page, int? page) =>
        {
            var size = Math.Clamp(per_page ?? 30, 1, 100);
            var all = state.ListedComments($"{owner}/{repo}", issue);
            var pages = Math.Max(1, (all.Count + size - 1) / size);
            var current = Math.Clamp(page ?? 1, 1, pages);
            if (current < pages)
            {
                var self = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{http.Request.Path}";
                http.Response.Headers.Link = $"<{self}?per_page={size}&page={current + 1}>; rel=\"next\", <{self}?per_page={size}&page={pages}>; rel=\"last\"";
            }

            return Results.Json(all.Skip((current - 1) * size).Take(size).Select(c => Comment(http, c)), FakeGitHubApp.Json);
        });

        app.MapPost("/repos/{owner}/{repo}/issues/{issue:int}/comments", (HttpContext http, FakeGitHubState state, string owner, string repo, int issue, BodyRequest request) =>
            string.IsNullOrEmpty(request.Body) ? Error(422, "Validation Failed")
            : Results.Json(Comment(http, state.AddComment($"{owner}/{repo}", issue, request.Body, state.Identity.User)), FakeGitHubApp.Json, statusCode: 201));

        app.MapMethods("/repos/{owner}/{repo}/issues/comments/{id:long}", ["PATCH"], (HttpContext http, FakeGitHubState state, string owner, string repo, long id, BodyRequest request) =>
            state.UpdateComment($"{owner}/{repo}", id, request.Body ?? "") is { } updated ? Results.Json(Comment(http, updated), FakeGitHubApp.Json) : Error(404, "Not Found"));

        app.MapDelete("/repos/{owner}/{repo}/issues/comments/{id:long}", (FakeGitHubState state, string owner, string repo, long id) =>
            state.DeleteComment($"{owner}/{repo}", id) ? Results.NoContent() : Error(404, "Not Found"));

        app.MapPost("/repos/{owner}/{repo}/statuses/{sha}", (FakeGitHubState state, string owner, string repo, string sha, StatusRequest request) =>
        {
            if (!States.Contains(request.State) || request.Description?.Length > 140)
            {
                return Error(422, "Validation Failed");
            }

            var status = state.AddStatus($"{owner}/{repo}", sha, request.State!, request.Description, request.Context ?? "default", request.TargetUrl);
            return Results.Json(new { status.Id, status.State, status.Description, status.TargetUrl, status.Context, status.CreatedAt }, FakeGitHubApp.Json, statusCode: 201);
        });

        app.MapGet("/repos/{owner}/{repo}/pulls/{number:int}", (FakeGitHubState state, string owner, string repo, int number) =>
            state.PullRequest($"{owner}/{repo}", number) is { } pr
                ? Results.Json(new { pr.Number, State = "open", Head = new { Sha = pr.HeadSha, Ref = "feature" }, Base = new { Sha = "0000000000000000000000000000000000000000", Ref = pr.BaseRef } }, FakeGitHubApp.Json)
                : Error(404, "Not Found"));
    }

    private static IResult Error(int status, string message) =>
        Results.Json(new { message, documentation_url = "https://docs.github.com/rest" }, FakeGitHubApp.Json, statusCode: status);

    private static object User(FakeUser user) => new { user.Login, user.Id, user.Type };

    private static object Comment(HttpContext http, FakeComment c) => new
    {
        c.Id,
        HtmlUrl = $"https://github.com/{c.Repository}/pull/{c.Issue}#issuecomment-{c.Id.ToString(CultureInfo.InvariantCulture)}",
        Url = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/repos/{c.Repository}/issues/comments/{c.Id}",
        c.Body,
        User = User(c.User),
        c.CreatedAt,
        c.UpdatedAt,
    };

    internal sealed record BodyRequest(string? Body);

    internal sealed record StatusRequest(string? State, string? TargetUrl, string? Description, string? Context);
}
