using ReadinessAction.Pipeline;
using ReadinessAction.Reporting;

namespace ReadinessAction.Publishing;

/// <summary>
/// Annotations on the checklist lines: an error per contradicted claim, a warning per file diagnostic, and an error
/// saying why when nothing was judged (on the configuration file's line when that is the cause).
/// </summary>
internal static class ResultAnnotations
{
    public static void Write(ReadinessReport report, ICiLog log)
    {
        var cause = report.Diagnostics.FirstOrDefault(d => d.Code == ConfiguredCheck.DiagnosticCode);
        if (!report.IsJudged)
        {
            log.Annotate(AnnotationLevel.Error, report.Gate.Reason, cause?.Path, cause?.Line, "Readiness not judged");
        }

        foreach (var claim in report.Claims.Where(c => c.Status == "contradicted"))
        {
            var numbers = claim.Claimed is null ? "" : $" (claimed {claim.Claimed}, measured {claim.Measured ?? "nothing"})";
            var evidence = claim.Evidence is null ? "" : $": {BasisWording.Prefix(claim.Basis)}{claim.Evidence}";
            log.Annotate(AnnotationLevel.Error, $"{claim.Text.Trim()}{numbers}{evidence}", claim.Path, claim.Line, "Readiness claim contradicted");
        }

        foreach (var d in report.Diagnostics.Where(d => d.Path is not null && d.Severity != "info" && d != cause))
        {
            log.Annotate(AnnotationLevel.Warning, d.Message, d.Path, d.Line, d.Code);
        }
    }
}
