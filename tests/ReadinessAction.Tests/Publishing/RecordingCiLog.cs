using ReadinessAction.Publishing;

namespace ReadinessAction.Tests.Publishing;

/// <summary>An in-memory CI log: what a host would have shown.</summary>
internal sealed class RecordingCiLog : ICiLog
{
    public List<(AnnotationLevel Level, string Message, string? Path, int? Line, string? Title)> Annotations { get; } = [];

    public List<string> Masked { get; } = [];

    public Dictionary<string, string> Outputs { get; } = new(StringComparer.Ordinal);

    public List<string> Summaries { get; } = [];

    public void Annotate(AnnotationLevel level, string message, string? path = null, int? line = null, string? title = null) =>
        Annotations.Add((level, message, path, line, title));

    public void MaskSecret(string secret) => Masked.Add(secret);

    public void SetOutput(string name, string value) => Outputs[name] = value;

    public void WriteSummary(string markdown) => Summaries.Add(markdown);
}
