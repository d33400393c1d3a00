namespace ReadinessAction.Reporting.Templates;

/// <summary>A template that cannot be read, compiled or rendered; Line is 1-based when known. Never leaves Reporting.</summary>
internal sealed class TemplateException : Exception
{
    public TemplateException(string message, int? line)
        : base(message)
    {
        Line = line;
    }

    public TemplateException(string message)
        : base(message)
    {
    }

    public TemplateException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public TemplateException()
    {
    }

    public int? Line { get; }
}
