using ReadinessAction.Publishing;

namespace ReadinessAction.Hosts.AzurePipelines;

/// <summary>
/// The Azure Pipelines log: issues on lines, secrets, output variables through logging commands, and the summary as a
/// Markdown file the agent attaches to the run (one file, rewritten whole, uploaded once).
/// </summary>
public sealed class AzureCiLog(LoggingCommands commands, TextWriter stdout, string summaryPath) : ICiLog
{
    private bool _summaryUploaded;

    public void Annotate(AnnotationLevel level, string message, string? path = null, int? line = null, string? title = null)
    {
        // Azure Pipelines knows errors and warnings only; a notice is a plain line, which the agent would scan for
        // "##vso[" anywhere: a zero-width space breaks that as WorkflowCommandNeutralizer does.
        if (level == AnnotationLevel.Notice)
        {
            var text = $"{(title is null ? "" : title + ": ")}{message.ReplaceLineEndings(" ")}";
            stdout.Write(text.Replace("##vso[", "##vso\u200B[", StringComparison.OrdinalIgnoreCase) + "\n");
            return;
        }

        commands.LogIssue(level == AnnotationLevel.Error ? "error" : "warning", title is null ? message : $"{title}: {message}", path, line, null);
    }

    public void MaskSecret(string secret) => commands.SetSecret(secret);

    public void SetOutput(string name, string value) => commands.SetOutputVariable(name, value);

    public void WriteSummary(string markdown)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(summaryPath))!);
        File.AppendAllText(summaryPath, markdown);
        if (!_summaryUploaded)
        {
            _summaryUploaded = true;
            commands.UploadSummary(Path.GetFullPath(summaryPath));
        }
    }
}
