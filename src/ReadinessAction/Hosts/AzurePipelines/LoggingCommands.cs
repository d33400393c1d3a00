using System.Globalization;

namespace ReadinessAction.Hosts.AzurePipelines;

/// <summary>
/// Azure Pipelines logging commands written to standard output (<c>##vso[area.action key=value;…]message</c>),
/// escaped as the agent unescapes them (azure-pipelines-task-lib): <c>%</c> as <c>%AZP25</c>, CR and LF in the
/// message and values, and in values also <c>;</c> and <c>]</c>, so no text can end a command early or start a new one.
/// </summary>
public sealed class LoggingCommands(TextWriter stdout)
{
    public void LogIssue(string type, string message, string? sourcePath = null, int? lineNumber = null, string? code = null)
    {
        var properties = new List<(string, string)> { ("type", type) };
        if (!string.IsNullOrEmpty(sourcePath))
        {
            properties.Add(("sourcepath", sourcePath.Replace('\\', '/')));
        }

        if (lineNumber is > 0)
        {
            properties.Add(("linenumber", lineNumber.Value.ToString(CultureInfo.InvariantCulture)));
        }

        if (!string.IsNullOrEmpty(code))
        {
            properties.Add(("code", code));
        }

        Write("task.logissue", properties, message);
    }

    /// <summary>Hides a value in the rest of the log; each line of a multi-line value is masked on its own too.</summary>
    public void SetSecret(string secret)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            return;
        }

        foreach (var part in secret.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Prepend(secret).Distinct())
        {
            Write("task.setsecret", [], part);
        }
    }

    /// <summary>An output variable of the step: <c>$(step.name)</c> in later steps, <c>dependencies.…</c> in later jobs.</summary>
    public void SetOutputVariable(string name, string value) =>
        Write("task.setvariable", [("variable", name), ("isOutput", "true")], value);

    /// <summary>Attaches a Markdown file to the run's summary page (a tab of the build results).</summary>
    public void UploadSummary(string path) => Write("task.uploadsummary", [], path);

    public void CompleteFailed(string message) => Write("task.complete", [("result", "Failed")], message);

    public static string EscapeData(string value) => LogCommandEscaper.AzurePipelines.Data(value);

    public static string EscapeProperty(string value) => LogCommandEscaper.AzurePipelines.Property(value);

    private void Write(string command, List<(string Name, string Value)> properties, string message)
    {
        var list = string.Join("", properties.Select(p => $"{p.Name}={EscapeProperty(p.Value)};"));
        stdout.Write($"##vso[{command}{(list.Length == 0 ? "" : " " + list)}]{EscapeData(message)}\n");
        stdout.Flush();
    }
}
