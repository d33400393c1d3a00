using ReadinessAction.Diagnostics;

namespace ReadinessAction.Hosts.Cli;

internal static class ReportOutput
{
    /// <summary>Writes the report to the file (creating its folder) or to standard output.</summary>
    public static void Write(string rendered, string? outputPath, TextWriter stdout, TextWriter stderr)
    {
        if (string.IsNullOrEmpty(outputPath))
        {
            stdout.Write(rendered);
            return;
        }

        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(outputPath));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllText(outputPath, rendered);
            stderr.WriteLine($"report written to {outputPath}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReadinessUsageException($"the report could not be written to '{outputPath}': {e.Message}", e);
        }
    }
}
