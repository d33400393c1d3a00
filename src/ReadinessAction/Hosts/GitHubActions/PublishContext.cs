using System.Text.Json.Serialization;

namespace ReadinessAction.Hosts.GitHubActions;

/// <summary>
/// Written beside the report by a pull request run (<c>readiness-report.github.json</c>), so that a later
/// <c>mode: publish</c> run in a workflow_run workflow knows which pull request and commit the report is about.
/// </summary>
public sealed record PublishContext(string? Repository, int? PullRequest, string? HeadSha, string? BaseRef, string? RunUrl)
{
    public static string PathBeside(string reportPath)
    {
        ArgumentNullException.ThrowIfNull(reportPath);
        return Path.ChangeExtension(reportPath, ".github.json");
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(PublishContext))]
internal sealed partial class PublishContextJsonContext : JsonSerializerContext;
