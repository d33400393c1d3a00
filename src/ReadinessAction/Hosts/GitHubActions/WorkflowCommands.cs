namespace ReadinessAction.Hosts.GitHubActions;

/// <summary>
/// GitHub workflow commands written to standard output (<c>::error file=…,line=…,title=…::message</c>). Data is escaped
/// as the runner expects (<c>%</c>, CR, LF) and property values also escape <c>:</c> and <c>,</c>, so no text can end a
/// command early or start a new one.
/// </summary>
public sealed class WorkflowCommands(TextWriter stdout)
{
    public void Error(string message, string? file = null, int? line = null, string? title = null) =>
        Annotate("error", message, file, line, title);

    public void Warning(string message, string? file = null, int? line = null, string? title = null) =>
        Annotate("warning", message, file, line, title);

    public void Notice(string message, string? file = null, int? line = null, string? title = null) =>
        Annotate("notice", message, file, line, title);

    /// <summary>Hides a value in the rest of the log; each line of a multi-line value is masked on its own too.</summary>
    public void AddMask(string secret)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            return;
        }

        Write("add-mask", [], secret);
        var lines = secret.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var line in lines.Where(l => l != secret))
        {
            Write("add-mask", [], line);
        }
    }

    public static string EscapeData(string value) => LogCommandEscaper.GitHubActions.Data(value);

    public static string EscapeProperty(string value) => LogCommandEscaper.GitHubActions.Property(value);

    private void Annotate(string command, string message, string? file, int? line, string? title)
    {
        var properties = new List<(string Name, string Value)>();
        if (!string.IsNullOrEmpty(file))
        {
            properties.Add(("file", file.Replace('\\', '/')));
        }

        if (line is > 0)
        {
            properties.Add(("line", line.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (!string.IsNullOrEmpty(title))
        {
            properties.Add(("title", title));
        }

        Write(command, properties, message);
    }

    private void Write(string command, List<(string Name, string Value)> properties, string message)
    {
        var list = string.Join(',', properties.Select(p => $"{p.Name}={EscapeProperty(p.Value)}"));
        stdout.Write($"::{command}{(list.Length == 0 ? "" : " " + list)}::{EscapeData(message)}\n");
        stdout.Flush();
    }
}
