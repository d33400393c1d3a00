using System.Text.Json.Nodes;

using ReadinessAction.Tests.Support;

namespace ReadinessAction.Tests.Hosts.GitHubActions;

/// <summary>
/// Real webhook payloads from npm @octokit/webhooks-examples (installed by <c>npm ci --prefix tests/tools</c>):
/// <c>api.github.com/index.json</c> lists each event with its recorded examples.
/// </summary>
internal static class WebhookExamples
{
    private static readonly Lazy<JsonArray> Index = new(Load);

    public static string IndexPath => Path.Combine(RepositoryPaths.Root, "tests", "tools", "node_modules", "@octokit", "webhooks-examples", "api.github.com", "index.json");

    /// <summary>The first recorded example of the event (and action, when given), as a fresh mutable copy.</summary>
    public static JsonObject Get(string eventName, string? action = null)
    {
        var entry = Index.Value.OfType<JsonObject>().SingleOrDefault(e => (string?)e["name"] == eventName)
            ?? throw new InvalidOperationException($"no '{eventName}' event in {IndexPath}");
        var example = entry["examples"]!.AsArray().OfType<JsonObject>().FirstOrDefault(x => action is null || (string?)x["action"] == action)
            ?? throw new InvalidOperationException($"no '{eventName}' example with action '{action}' in {IndexPath}");
        return example.DeepClone().AsObject();
    }

    /// <summary>A pull request from a fork: the recorded 'opened' payload with its head moved to a forked repository.</summary>
    public static JsonObject ForkPullRequest()
    {
        var payload = Get("pull_request", "opened");
        var head = payload["pull_request"]!["head"]!.AsObject();
        var repo = head["repo"]!.AsObject();
        repo["fork"] = true;
        repo["full_name"] = "contributor/Hello-World";
        repo["owner"]!["login"] = "contributor";
        head["label"] = "contributor:changes";
        return payload;
    }

    public static string Write(JsonObject payload, string directory)
    {
        var path = Path.Combine(directory, "event.json");
        File.WriteAllText(path, payload.ToJsonString());
        return path;
    }

    private static JsonArray Load()
    {
        if (!File.Exists(IndexPath))
        {
            throw new InvalidOperationException($"{IndexPath} is missing: run 'npm ci --prefix tests/tools' (scripts/test.sh does)");
        }

        return JsonNode.Parse(File.ReadAllText(IndexPath))!.AsArray();
    }
}
