namespace ReadinessAction.Hosts.GitHubActions;

/// <summary>The runner's file commands: step outputs (GITHUB_OUTPUT) and the job summary (GITHUB_STEP_SUMMARY).</summary>
public sealed class GitHubFiles(string? outputPath, string? summaryPath)
{
    public void SetOutput(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (string.IsNullOrEmpty(outputPath))
        {
            return;
        }

        // The heredoc form survives any value; the delimiter is random so a value cannot end it early.
        var delimiter = $"ghadelimiter_{Guid.NewGuid():N}";
        File.AppendAllText(outputPath, $"{name}<<{delimiter}\n{value}\n{delimiter}\n");
    }

    public void AppendSummary(string markdown)
    {
        if (!string.IsNullOrEmpty(summaryPath))
        {
            File.AppendAllText(summaryPath, markdown.EndsWith('\n') ? markdown : markdown + "\n");
        }
    }
}
