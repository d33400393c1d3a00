using System.Collections.Concurrent;
using System.Globalization;

using ReadinessAction.Diagnostics;
using ReadinessAction.Workspace;

namespace ReadinessAction.Reporting.Templates;

/// <summary>
/// Renders a report through the user's template, or the default one when the user's is missing or broken (an error
/// diagnostic says why and where), and shortens it to fit: whole claims and diagnostics are left out, least urgent
/// first, and a notice says where the full report is. Never throws for a bad template.
/// </summary>
internal sealed class TemplatedReportRenderer(string defaultTemplateFile, string role, WorkspaceFileGuard? files)
{
    private static readonly ConcurrentDictionary<string, ReportTemplate> Defaults = new(StringComparer.Ordinal);

    public string Render(ReadinessReport report, ReportContext context, string? userTemplatePath, DiagnosticBag diagnostics, RenderLimits limits)
    {
        var rejections = new List<DiagnosticReport>();
        if (!string.IsNullOrWhiteSpace(userTemplatePath))
        {
            try
            {
                var user = ReportTemplate.Compile(userTemplatePath, TemplateFileLoader.ReadUser(files, userTemplatePath));
                return Fit(user, new ReportModelBuilder(report, context, []), limits);
            }
            catch (TemplateException e)
            {
                var message = $"the {role} template cannot be used: {e.Message}; the default {role} template was used instead";
                var shown = files?.Display(userTemplatePath) ?? userTemplatePath;
                diagnostics.Error("template-invalid", message, shown, e.Line);
                rejections.Add(new DiagnosticReport("error", "template-invalid", message, shown, e.Line));
            }
        }

        var template = Defaults.GetOrAdd(defaultTemplateFile, f => ReportTemplate.Compile($"default {role} template", TemplateFileLoader.ReadDefault(f)));
        try
        {
            return Fit(template, new ReportModelBuilder(report, context, rejections), limits);
        }
        catch (TemplateException e)
        {
            // Our own template failed on this report: a bug, but the reader still gets the verdict.
            diagnostics.Error("template-internal", $"the default {role} template failed: {e.Message}");
            return limits.Prefix + $"**Readiness: {MarkdownEscaper.Escape(report.Verdict, 40, context.Dialect)}.** {MarkdownEscaper.Escape(report.Gate.Reason, MarkdownEscaper.DefaultMaxLength, context.Dialect)}\n";
        }
    }

    private static string Fit(ReportTemplate template, ReportModelBuilder builder, RenderLimits limits)
    {
        var full = Compose(template, builder, builder.ItemCount, limits);
        if (limits.Fits(full))
        {
            return full;
        }

        string? best = null;
        var (low, high) = (0, builder.ItemCount - 1);
        while (low <= high)
        {
            var keep = low + ((high - low) / 2);
            var candidate = Compose(template, builder, keep, limits);
            if (limits.Fits(candidate))
            {
                (best, low) = (candidate, keep + 1);
            }
            else
            {
                high = keep - 1;
            }
        }

        if (best is not null)
        {
            return best;
        }

        var notice = Notice(builder, 0, limits);
        var cut = MarkdownCutter.Cut(limits.Prefix + template.Render(builder.Build(0)), limits.MaxSize - limits.Measure(notice), limits.Measure);
        return cut.Length == 0 ? notice.TrimStart() : cut.TrimEnd('\n') + notice;
    }

    private static string Compose(ReportTemplate template, ReportModelBuilder builder, int keep, RenderLimits limits)
    {
        var body = limits.Prefix + template.Render(builder.Build(keep));
        return keep >= builder.ItemCount ? body : body.TrimEnd('\n') + Notice(builder, keep, limits);
    }

    private static string Notice(ReportModelBuilder builder, int keep, RenderLimits limits)
    {
        var (claims, diagnostics, waived) = builder.ShownCounts(keep);
        var shown = string.Create(CultureInfo.InvariantCulture, $"{claims:N0} of {builder.ClaimCount:N0} claims");
        if (diagnostics < builder.DiagnosticCount)
        {
            shown += string.Create(CultureInfo.InvariantCulture, $" and {diagnostics:N0} of {builder.DiagnosticCount:N0} diagnostics");
        }

        if (waived < builder.WaivedCount)
        {
            shown += string.Create(CultureInfo.InvariantCulture, $" and {waived:N0} of {builder.WaivedCount:N0} waived claims");
        }

        return $"\n\n{limits.Host.Callout("WARNING", $"This report is shortened to fit {limits.Host.HostName}'s size limit: it shows {shown}. {limits.FullReportHint}")}\n";
    }
}
