namespace ReadinessAction.Claims.Tables;

/// <summary>
/// YAML front matter keys read like a row of a metric table: the key names what the value measures
/// ("passed_checks: 11" completion, "coverage: 87%", "tests_passed: 118", "status: complete").
/// </summary>
public sealed class FrontMatterRecognizer : IClaimRecognizer
{
    public void Recognize(ClaimCollector collector)
    {
        var source = collector.Source;
        if (source.Origin != ClaimOrigin.FrontMatter)
        {
            return;
        }

        var colon = source.Text.IndexOf(':', StringComparison.Ordinal);
        var key = source.Text[..colon];
        var value = source.Text[(colon + 1)..].Trim().Trim('"', '\'');
        if (TableVocabulary.RoleOf(key, r => RoleKinds.Measures(r) || RoleKinds.ClaimsNothing(r) || r == ColumnRole.Status) is not { } role || RoleKinds.ClaimsNothing(role))
        {
            return;
        }

        var quantities = collector.Free.Where(q => q.Start > colon).ToList();
        foreach (var q in quantities)
        {
            // Check and item counts of a generated summary are completion figures.
            var kind = role == ColumnRole.Items ? ClaimKind.CompletionPercent : RoleKinds.KindOf(role, q);
            if (kind is { } k)
            {
                collector.Add(collector.New(k, q.Raw, q.Start, q.End) with
                {
                    Value = q,
                    ScopeWords = ScopeVocabulary.WordsIn(key),
                    CountsPassingOnly = role == ColumnRole.Passed,
                }, q);
            }
        }

        if (quantities.Count == 0 && role is ColumnRole.Completion or ColumnRole.Status && TableVocabulary.Names(value, ColumnRole.DoneWord))
        {
            collector.Add(collector.New(ClaimKind.StatusRollup, value, colon + 1, source.Text.Length) with { Subject = ClaimSubjects.WholeDocument });
        }
    }
}
