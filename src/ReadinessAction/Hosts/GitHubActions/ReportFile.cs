using System.Text.Json;

using ReadinessAction.Diagnostics;
using ReadinessAction.Reporting;
using ReadinessAction.Workspace;

namespace ReadinessAction.Hosts.GitHubActions;

/// <summary>
/// The JSON report on disk, and the publish context beside it. Both live inside the workspace and go through the
/// <see cref="WorkspaceFileGuard"/>: a report path that is a link is replaced, never written through.
/// </summary>
public static class ReportFile
{
    private const long MaxBytes = 256L * 1024 * 1024;

    public static void Write(string workspace, string path, ReadinessReport report, PublishContext? context)
    {
        var files = new WorkspaceFileGuard(workspace);
        try
        {
            files.WriteAllText(path, JsonSerializer.Serialize(report, ReportJsonContext.Default.ReadinessReport));
            if (context is not null)
            {
                files.WriteAllText(PublishContext.PathBeside(path), JsonSerializer.Serialize(context, PublishContextJsonContext.Default.PublishContext));
            }
        }
        catch (WorkspaceFileException e)
        {
            throw new ReadinessUsageException($"the report {e.Message}");
        }
    }

    public static ReadinessReport Read(string workspace, string path) =>
        Load(new WorkspaceFileGuard(workspace), path, ReportJsonContext.Default.ReadinessReport)
        ?? throw new ReadinessUsageException($"{path}: the report file is empty");

    public static PublishContext? ReadContext(string workspace, string reportPath)
    {
        var files = new WorkspaceFileGuard(workspace);
        var path = PublishContext.PathBeside(reportPath);
        return files.Exists(path) ? Load(files, path, PublishContextJsonContext.Default.PublishContext) : null;
    }

    private static T? Load<T>(WorkspaceFileGuard files, string path, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        if (!files.Exists(path))
        {
            throw new ReadinessUsageException($"{path}: no such file (mode publish posts a report made by an earlier run)");
        }

        try
        {
            return JsonSerializer.Deserialize(files.ReadAllText(path, MaxBytes), type);
        }
        catch (WorkspaceFileException e)
        {
            throw new ReadinessUsageException($"the report {e.Message}");
        }
        catch (JsonException e)
        {
            throw new ReadinessUsageException($"{path}:{e.LineNumber + 1}: not a readiness report ({e.Message})");
        }
    }
}
