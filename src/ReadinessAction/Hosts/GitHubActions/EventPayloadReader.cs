using System.Text.Json;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Hosts.GitHubActions;

/// <summary>Reads the webhook payload GitHub writes to GITHUB_EVENT_PATH.</summary>
public static class EventPayloadReader
{
    public static EventContext Read(string? eventName, string? eventPath)
    {
        if (eventPath is null || !File.Exists(eventPath))
        {
            return EventContext.None with { EventName = eventName };
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(eventPath));
            return Parse(eventName, document.RootElement);
        }
        catch (JsonException e)
        {
            throw new ReadinessUsageException($"{eventPath}:{e.LineNumber + 1}: the event payload is not JSON ({e.Message})");
        }
    }

    public static EventContext Parse(string? eventName, JsonElement root)
    {
        var context = new EventContext { EventName = eventName };
        if (root.ValueKind != JsonValueKind.Object)
        {
            return context;
        }

        if (Get(root, "pull_request") is { } pr)
        {
            var headRepo = Get(pr, "head", "repo");
            var baseRepo = Get(pr, "base", "repo");
            var headName = String(headRepo, "full_name");
            var baseName = String(baseRepo, "full_name");
            context = context with
            {
                PullRequestNumber = Int(pr, "number"),
                HeadSha = String(Get(pr, "head"), "sha"),
                BaseRef = String(Get(pr, "base"), "ref"),
                HeadRepository = headName,
                BaseRepository = baseName,

                // A deleted fork has head.repo = null; anything not plainly the same repository is treated as a fork.
                IsFork = headRepo is null || Get(headRepo.Value, "fork")?.ValueKind == JsonValueKind.True
                    || !string.Equals(headName, baseName, StringComparison.OrdinalIgnoreCase),
            };
        }

        if (Get(root, "workflow_run") is { } run)
        {
            var prs = Get(run, "pull_requests");
            var first = prs is { ValueKind: JsonValueKind.Array } array && array.GetArrayLength() > 0 ? array[0] : (JsonElement?)null;
            context = context with
            {
                WorkflowRunHeadSha = String(run, "head_sha"),
                WorkflowRunPullRequest = first is null ? null : Int(first.Value, "number"),
            };
        }

        return context;
    }

    private static JsonElement? Get(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element) || element.ValueKind == JsonValueKind.Null)
            {
                return null;
            }
        }

        return element;
    }

    private static string? String(JsonElement? element, string name) =>
        element is { } e && Get(e, name) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

    private static int? Int(JsonElement element, string name) =>
        Get(element, name) is { ValueKind: JsonValueKind.Number } v && v.TryGetInt32(out var n) ? n : null;
}
