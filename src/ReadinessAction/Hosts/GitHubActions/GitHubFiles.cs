using System.Text;
using System.Text.RegularExpressions;

namespace ReadinessAction.Hosts.GitHubActions;

/// <summary>
/// The files GitHub Actions reads after the step: step outputs (<c>GITHUB_OUTPUT</c>) and the job summary
/// (<c>GITHUB_STEP_SUMMARY</c>). A null path means we are not running in GitHub Actions, and writing is skipped.
/// </summary>
public sealed partial class GitHubFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string? _outputPath;
    private readonly string? _summaryPath;
    private readonly Func<string> _newDelimiter;

    public GitHubFiles(string? outputPath, string? summaryPath)
        : this(outputPath, summaryPath, () => $"ghadelimiter_{Guid.NewGuid():N}")
    {
    }

    internal GitHubFiles(string? outputPath, string? summaryPath, Func<string> newDelimiter)
    {
        _outputPath = string.IsNullOrWhiteSpace(outputPath) ? null : outputPath;
        _summaryPath = string.IsNullOrWhiteSpace(summaryPath) ? null : summaryPath;
        _newDelimiter = newDelimiter;
    }

    public bool WritesOutputs => _outputPath is not null;

    public bool WritesSummary => _summaryPath is not null;

    /// <summary>
    /// Appends <c>name&lt;&lt;DELIMITER</c>, the value, and the delimiter: the form that takes any value, multi-line
    /// included. The delimiter is random and checked not to occur in the value, so a value cannot end early and set
    /// other outputs.
    /// </summary>
    /// <exception cref="ArgumentException">The name is not a valid output name (a bug in the caller).</exception>
    public void SetOutput(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (name is null || !OutputName().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a valid output name", nameof(name));
        }

        if (_outputPath is null)
        {
            return;
        }

        var delimiter = _newDelimiter();
        while (value.Contains(delimiter, StringComparison.Ordinal) || delimiter.Length == 0)
        {
            delimiter = _newDelimiter();
        }

        File.AppendAllText(_outputPath, $"{name}<<{delimiter}\n{value}\n{delimiter}\n", Utf8);
    }

    /// <summary>Appends Markdown to the job summary, ending it with a line break so the next write starts a new block.</summary>
    public void AppendSummary(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (_summaryPath is null || markdown.Length == 0)
        {
            return;
        }

        File.AppendAllText(_summaryPath, markdown.EndsWith('\n') ? markdown : markdown + "\n", Utf8);
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]*$", RegexOptions.None, 1000)]
    private static partial Regex OutputName();
}
