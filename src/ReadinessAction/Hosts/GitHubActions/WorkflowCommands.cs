namespace ReadinessAction.Hosts.GitHubActions;

/// <summary>GitHub Actions workflow commands on standard output: annotations and secret masking.</summary>
public sealed class WorkflowCommands(TextWriter stdout)
{
    public void Error(string message, string? file = null, int? line = null, string? title = null) => Annotate("error", message, file, line, title);

    public void Warning(string message, string? file = null, int? line = null, string? title = null) => Annotate("warning", message, file, line, title);

    public void Notice(string message, string? file = null, int? line = null, string? title = null) => Annotate("notice", message, file, line, title);

    public void AddMask(string secret) => stdout.WriteLine($"::add-mask::{EscapeData(secret)}");

    private void Annotate(string kind, string message, string? file, int? line, string? title)
    {
        var properties = new List<string>();
        if (file is not null)
        {
            properties.Add($"file={EscapeProperty(file)}");
        }

        if (line is not null)
        {
            properties.Add($"line={line}");
        }

        if (title is not null)
        {
            properties.Add($"title={EscapeProperty(title)}");
        }

        var head = properties.Count == 0 ? kind : $"{kind} {string.Join(',', properties)}";
        stdout.WriteLine($"::{head}::{EscapeData(message)}");
    }

    private static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
