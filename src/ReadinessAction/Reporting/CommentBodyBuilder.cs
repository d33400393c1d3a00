using System.Text;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Reporting;

/// <summary>The pull request comment: hidden marker first, then the verdict; never longer than GitHub accepts.</summary>
public sealed class CommentBodyBuilder
{
    public const int MaxLength = 65_536;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "instance API agreed with the template renderer")]
    public string Build(ReadinessReport report, ReportContext context, string? userTemplatePath, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (userTemplatePath is not null)
        {
            diagnostics.Warning("template-ignored", "this build renders the default comment only", userTemplatePath);
        }

        var body = new StringBuilder()
            .AppendLine(CommentMarker.For(context.StatusContext))
            .Append(new SummaryRenderer().Render(report, context, null, diagnostics))
            .ToString();
        const string cut = "\n\n… (truncated: the full report is in the job summary)";
        return body.Length <= MaxLength ? body : string.Concat(body.AsSpan(0, MaxLength - cut.Length), cut);
    }
}
