using ReadinessAction.Publishing;

namespace ReadinessAction.Hosts.GitHubActions;

/// <summary>The GitHub Actions log: workflow commands on standard output, outputs and job summary in their files.</summary>
public sealed class GitHubCiLog(WorkflowCommands commands, GitHubFiles files) : ICiLog
{
    public void Annotate(AnnotationLevel level, string message, string? path = null, int? line = null, string? title = null)
    {
        switch (level)
        {
            case AnnotationLevel.Error:
                commands.Error(message, path, line, title);
                break;
            case AnnotationLevel.Warning:
                commands.Warning(message, path, line, title);
                break;
            default:
                commands.Notice(message, path, line, title);
                break;
        }
    }

    public void MaskSecret(string secret) => commands.AddMask(secret);

    public void SetOutput(string name, string value) => files.SetOutput(name, value);

    public void WriteSummary(string markdown) => files.AppendSummary(markdown);
}
