using System.Text.Json;

namespace ReadinessAction.Hosts.AzurePipelines.Api;

/// <summary>A pull request comment thread; Properties holds our <c>ReadinessAction.Context</c> mark.</summary>
public sealed record CommentThread(int Id, IReadOnlyList<ThreadComment>? Comments, string? Status, bool IsDeleted, Dictionary<string, JsonElement>? Properties)
{
    /// <summary>A string property, in either form Azure DevOps uses (<c>{"$type", "$value"}</c> or a bare value).</summary>
    public string? Property(string name)
    {
        if (Properties is null || !Properties.TryGetValue(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object when value.TryGetProperty("$value", out var v) && v.ValueKind == JsonValueKind.String => v.GetString(),
            JsonValueKind.Object when value.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String => v.GetString(),
            _ => null,
        };
    }
}
