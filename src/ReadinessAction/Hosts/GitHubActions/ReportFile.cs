using System.Text.Json;

using ReadinessAction.Diagnostics;
using ReadinessAction.Reporting;

namespace ReadinessAction.Hosts.GitHubActions;

/// <summary>The JSON report on disk, and the publish context beside it.</summary>
public static class ReportFile
{
    public static void Write(string path, ReadinessReport report, PublishContext? context)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, JsonSerializer.Serialize(report, ReportJsonContext.Default.ReadinessReport));
        if (context is not null)
        {
            File.WriteAllText(PublishContext.PathBeside(path), JsonSerializer.Serialize(context, PublishContextJsonContext.Default.PublishContext));
        }
    }

    public static ReadinessReport Read(string path) =>
        Load(path, ReportJsonContext.Default.ReadinessReport)
        ?? throw new ReadinessUsageException($"{path}: the report file is empty");

    public static PublishContext? ReadContext(string reportPath)
    {
        var path = PublishContext.PathBeside(reportPath);
        return File.Exists(path) ? Load(path, PublishContextJsonContext.Default.PublishContext) : null;
    }

    private static T? Load<T>(string path, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        if (!File.Exists(path))
        {
            throw new ReadinessUsageException($"{path}: no such file (mode publish posts a report made by an earlier run)");
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), type);
        }
        catch (JsonException e)
        {
            throw new ReadinessUsageException($"{path}:{e.LineNumber + 1}: not a readiness report ({e.Message})");
        }
    }
}
