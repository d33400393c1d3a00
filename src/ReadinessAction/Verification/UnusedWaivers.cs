using System.Globalization;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Verification;

/// <summary>Waivers that waive nothing: a marker above its claim instead of on its line, an <c>ignore:</c> entry that matches no claim.</summary>
public static class UnusedWaivers
{
    public const string Code = "waiver-unused";

    public static IReadOnlyList<Diagnostic> Find(IReadOnlyList<ChecklistClaims> checklists, Judgements judgements, IReadOnlyList<WaiverRule> rules)
    {
        ArgumentNullException.ThrowIfNull(checklists);
        ArgumentNullException.ThrowIfNull(judgements);
        ArgumentNullException.ThrowIfNull(rules);
        var used = judgements.Waived.Select(w => w.WaivedBy).ToHashSet(StringComparer.Ordinal);
        var unused = new List<Diagnostic>();
        foreach (var document in checklists.Select(c => c.Document))
        {
            unused.AddRange(document.Waivers
                .Where(m => !used.Contains($"{document.Path}:{m.Line}"))
                .Select(m => new Diagnostic(DiagnosticSeverity.Warning, Code, m.Section is null
                    ? "this <!-- readiness: ignore --> waives nothing: no claim is on its line (put it on the claim's line, or alone directly under a heading for its section)"
                    : $"this <!-- readiness: ignore --> waives nothing: no claim is in the section “{m.Section}”", document.Path, m.Line)));
        }

        foreach (var rule in rules.Where(r => !used.Contains(r.Origin)))
        {
            var colon = rule.Origin.LastIndexOf(':');
            var line = colon > 0 && int.TryParse(rule.Origin[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
            unused.Add(new Diagnostic(DiagnosticSeverity.Info, Code, "this 'ignore' entry waived no claim in this run", line is null ? rule.Origin : rule.Origin[..colon], line));
        }

        return unused;
    }
}
