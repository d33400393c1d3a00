using System.Text.Json.Nodes;

namespace ReadinessAction.Tests.Hosts.GitHubActions;

/// <summary>Everything a run left behind: exit code, console, job summary, step outputs, report file.</summary>
internal sealed record ActionRunResult(int ExitCode, string Stdout, string Stderr, string Summary, IReadOnlyDictionary<string, string> Outputs, string? ReportJson)
{
    public JsonObject Report => JsonNode.Parse(ReportJson ?? throw new InvalidOperationException("no report was written"))!.AsObject();

    /// <summary>Parses GITHUB_OUTPUT: <c>name=value</c> lines and <c>name&lt;&lt;DELIMITER</c> heredocs.</summary>
    public static IReadOnlyDictionary<string, string> ParseOutputs(string text)
    {
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var heredoc = line.IndexOf("<<", StringComparison.Ordinal);
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (heredoc > 0 && (equals < 0 || heredoc < equals))
            {
                var delimiter = line[(heredoc + 2)..];
                var value = new List<string>();
                while (++i < lines.Length && lines[i] != delimiter)
                {
                    value.Add(lines[i]);
                }

                outputs[line[..heredoc]] = string.Join('\n', value);
            }
            else if (equals > 0)
            {
                outputs[line[..equals]] = line[(equals + 1)..];
            }
        }

        return outputs;
    }
}
