namespace ReadinessAction.Publishing;

/// <summary>The CI system's log of the run: annotations on lines, masked secrets, step outputs, the run summary.</summary>
public interface ICiLog
{
    void Annotate(AnnotationLevel level, string message, string? path = null, int? line = null, string? title = null);

    /// <summary>Hides a value in the rest of the log.</summary>
    void MaskSecret(string secret);

    void SetOutput(string name, string value);

    /// <summary>Appends Markdown to the run summary.</summary>
    void WriteSummary(string markdown);
}
