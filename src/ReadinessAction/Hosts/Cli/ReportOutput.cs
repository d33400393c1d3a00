using ReadinessAction.Diagnostics;
using ReadinessAction.Workspace;

namespace ReadinessAction.Hosts.Cli;

internal static class ReportOutput
{
    /// <summary>
    /// Writes the report to the file (creating its folder) or to standard output. Locally, an explicit
    /// <c>--output</c> may lie outside the workspace, but a link at that path is replaced, never written through.
    /// </summary>
    public static void Write(string rendered, string? outputPath, string workspace, TextWriter stdout, TextWriter stderr)
    {
        if (string.IsNullOrEmpty(outputPath))
        {
            stdout.Write(rendered);
            return;
        }

        try
        {
            new WorkspaceFileGuard(workspace).WriteAllText(Path.GetFullPath(outputPath), rendered, allowOutside: true);
            stderr.WriteLine($"report written to {outputPath}");
        }
        catch (WorkspaceFileException e)
        {
            throw new ReadinessUsageException($"the report could not be written to '{outputPath}': {e.Rule}", e);
        }
    }
}
