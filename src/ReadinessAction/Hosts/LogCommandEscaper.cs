namespace ReadinessAction.Hosts;

/// <summary>
/// Escapes text inside a CI log command, GitHub's <c>::</c> or Azure Pipelines' <c>##vso[</c>. Both runners unescape
/// <c>%</c> first (each its own way), then CR and LF; a property value also escapes the characters that end a property
/// on that runner, so no text can end a command early or start a new one.
/// </summary>
public sealed class LogCommandEscaper
{
    /// <summary>The Actions runner's rules: <c>%25</c>, and <c>:</c> and <c>,</c> in properties.</summary>
    public static readonly LogCommandEscaper GitHubActions = new("%25", (":", "%3A"), (",", "%2C"));

    /// <summary>azure-pipelines-task-lib's rules: <c>%AZP25</c>, and <c>]</c> and <c>;</c> in properties.</summary>
    public static readonly LogCommandEscaper AzurePipelines = new("%AZP25", ("]", "%5D"), (";", "%3B"));

    private readonly string _percent;
    private readonly (string Text, string Escaped)[] _propertyEnds;

    private LogCommandEscaper(string percent, params (string Text, string Escaped)[] propertyEnds)
    {
        _percent = percent;
        _propertyEnds = propertyEnds;
    }

    public string Data(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Replace("%", _percent, StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);
    }

    public string Property(string value)
    {
        var escaped = Data(value);
        foreach (var (text, replacement) in _propertyEnds)
        {
            escaped = escaped.Replace(text, replacement, StringComparison.Ordinal);
        }

        return escaped;
    }
}
