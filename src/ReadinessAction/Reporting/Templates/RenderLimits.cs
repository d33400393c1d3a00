using System.Text;

namespace ReadinessAction.Reporting.Templates;

/// <summary>
/// How large a rendered report may be (in UTF-16 characters, or UTF-8 bytes when GitHub counts bytes), what goes before
/// the template's output (the comment marker), the sentence saying where the full report is when it is shortened, and
/// the host whose limit it is (its name and callout syntax go into the notice).
/// </summary>
internal sealed record RenderLimits(int MaxSize, bool CountsUtf8Bytes, string Prefix, string FullReportHint, ReportDialect? Dialect = null)
{
    public ReportDialect Host => Dialect ?? ReportDialect.GitHub;

    public static RenderLimits None { get; } = new(int.MaxValue, false, "", "");

    public int Measure(string text) => CountsUtf8Bytes ? Encoding.UTF8.GetByteCount(text) : text.Length;

    public bool Fits(string text) => Measure(text) <= MaxSize;
}
