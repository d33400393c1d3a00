using System.Text.Json.Nodes;

namespace ReadinessAction.Tests.Hosts.AzurePipelines;

/// <summary>What the fake Azure DevOps holds: threads and statuses per pull request, the requests it saw, faults to answer.</summary>
internal sealed class FakeAzureDevOpsState
{
    public const string BuildServiceId = "a5b1c3d4-0000-4000-8000-00000000b51d";
    private readonly Lock _gate = new();
    private readonly Queue<(int Status, string Message)> _faults = new();
    private readonly List<(string Method, string PathEnd, int Status, string Message)> _routeRefusals = [];
    private int _nextThread = 1;

    public List<JsonObject> Threads { get; } = [];

    public List<JsonObject> Statuses { get; } = [];

    public List<(string Method, string PathAndQuery, string? Authorization)> Requests { get; } = [];

    /// <summary>Every request is refused with this status and message while it is set.</summary>
    public (int Status, string Message)? Refusal { get; set; }

    public int Iterations { get; set; } = 2;

    /// <summary>The next requests answer these, one each (a 503 the client should retry).</summary>
    public void FailNext(int status, int times, string message = "Service Unavailable")
    {
        lock (_gate)
        {
            for (var i = 0; i < times; i++)
            {
                _faults.Enqueue((status, message));
            }
        }
    }

    /// <summary>Every <paramref name="method"/> request whose path ends with <paramref name="pathEnd"/> is refused with this status and message.</summary>
    public void RefuseRoute(string method, string pathEnd, int status, string message)
    {
        lock (_gate)
        {
            _routeRefusals.Add((method, pathEnd, status, message));
        }
    }

    public (int Status, string Message)? NextFault(string method, string path)
    {
        lock (_gate)
        {
            if (Refusal is { } refusal)
            {
                return refusal;
            }

            foreach (var r in _routeRefusals.Where(r => r.Method == method && path.EndsWith(r.PathEnd, StringComparison.Ordinal)))
            {
                return (r.Status, r.Message);
            }

            return _faults.TryDequeue(out var fault) ? fault : null;
        }
    }

    public JsonObject AddThread(JsonObject request, string authorId)
    {
        lock (_gate)
        {
            var id = _nextThread++;
            var comments = new JsonArray();
            var commentId = 1;
            foreach (var c in request["comments"]?.AsArray() ?? [])
            {
                comments.Add(new JsonObject
                {
                    ["id"] = commentId++,
                    ["content"] = c?["content"]?.GetValue<string>(),
                    ["author"] = new JsonObject { ["id"] = authorId, ["displayName"] = "Project Build Service" },
                    ["publishedDate"] = DateTimeOffset.UtcNow.ToString("O"),
                    ["isDeleted"] = false,
                });
            }

            var thread = new JsonObject
            {
                ["id"] = id,
                ["status"] = request["status"]?.GetValue<string>() ?? "active",
                ["comments"] = comments,
                ["properties"] = request["properties"]?.DeepClone() ?? new JsonObject(),
                ["isDeleted"] = false,
            };
            Threads.Add(thread);
            return thread;
        }
    }

    public JsonObject? Thread(int id)
    {
        lock (_gate)
        {
            return Threads.FirstOrDefault(t => t["id"]!.GetValue<int>() == id);
        }
    }

    public void Record(string method, string pathAndQuery, string? authorization)
    {
        lock (_gate)
        {
            Requests.Add((method, pathAndQuery, authorization));
        }
    }
}
