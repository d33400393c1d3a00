using System.Text.RegularExpressions;

using ReadinessAction.Checklists;
using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Claims.Recognizers;

/// <summary>
/// A checkable fact without a number, reported as <see cref="ClaimKind.OtherMetric"/>: hygiene ("No hardcoded
/// secrets", "Zero TypeScript errors", "Keine console.log-Statements"), build, lint and type status ("Production build
/// successful", "Linters passing"), tooling configured ("Husky pre-commit hooks configured"), audits and releases
/// ("npm audit passed", "Tag release version"). One per line; words come from Lines/Terms.
/// </summary>
public sealed partial class CheckableFactRecognizer : IClaimRecognizer
{
    [GeneratedRegex(
        "(?<![\\p{L}\\p{N}])" + TermPatterns.FactAbsent + @"\s+(?:[\p{L}\p{N}'`./-]+\s+){0,3}?(?:" + TermPatterns.FactSubjects + "|" + TermPatterns.FactHygiene + "|" + TermPatterns.FactNouns + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Absent { get; }

    /// <summary>"Remove unused imports", "Fix ESLint warnings": a clean-up task whose object is checkable.</summary>
    [GeneratedRegex(
        @"(?<=^[^\p{L}]*(?:\[[ xX]\][^\p{L}]*)?)" + TermPatterns.FactCleanupVerbs + @"\s+(?:[\p{L}'`./-]+\s+){0,3}?(?:" + TermPatterns.FactSubjects + "|" + TermPatterns.FactHygiene + "|" + TermPatterns.FactNouns + @")(?:\s+[\p{L}.-]+)?(?=\s*(?:$|[(\-–—✅,;:.*]))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cleanup { get; }

    /// <summary>"Unused dependencies removed", "Console.log statements fixed": a checkable object with its clean-up done.</summary>
    [GeneratedRegex(
        TermPatterns.FactHygiene + @"(?:[\s-]+[\p{L}'`.-]+){0,3}?\s+" + TermPatterns.FactCleanupVerbs,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CleanedUp { get; }

    [GeneratedRegex(
        @"^[^:：]{2,40}[:：]\s*(?:[^\p{L}\d\s]\s*)*(?<value>" + TermPatterns.FactStates + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StateValue { get; }

    public void Recognize(ClaimCollector collector)
    {
        var source = collector.Source;
        if (source.Origin is ClaimOrigin.Heading or ClaimOrigin.TableRow ||
            collector.Claims.Any(c => c.Kind is not ClaimKind.FileExists) ||
            LineContext.StatesConditions(source) || LineContext.OpensWithPlanKey(source.Text) || IsGroupTitle(source) ||
            LineTerms.Occurs("runtime-metrics", source.Text) || LineTerms.Occurs("host-requirements", source.Text))
        {
            return;
        }

        var text = source.Text;
        var absent = AbsentOrCleanup(text);
        if (absent.Success)
        {
            collector.Add(collector.New(ClaimKind.OtherMetric, absent.Value, absent.Index, absent.Index + absent.Length));
            return;
        }

        // The subject is looked for only where something could state it (its pattern is the slowest of the lines).
        var states = LineTerms.Occurs("fact-states", text);
        // "Build Docker image": past a generic subject ("Build") a specific one may follow.
        var subject = states ? Subject.Match(text) : StatedByMarker(collector) ? Subject.Matches(text).FirstOrDefault(m => !GenericSubjects.Contains(m.Value)) ?? Match.Empty : Match.Empty;
        if (subject.Success)
        {
            collector.Add(collector.New(ClaimKind.OtherMetric, subject.Value, subject.Index, subject.Index + subject.Length));
        }
        else if (states && text.AsSpan().IndexOfAny(':', '：') >= 0 && StateValue.Match(text) is { Success: true } value && !NotASetting().IsMatch(text[..value.Groups["value"].Index]) && !Imperative().IsMatch(value.Groups["value"].Value))
        {
            // "**Minification**: Enabled with ProGuard rules": a setting named by its key, stated by its value.
            var start = value.Groups["value"].Index;
            collector.Add(collector.New(ClaimKind.OtherMetric, text[start..].Trim(), start, text.Length));
        }
    }

    private static readonly HashSet<string> GenericSubjects = new(LineTerms.Read("fact-subjects-generic"), StringComparer.OrdinalIgnoreCase);

    /// <summary>"No hardcoded secrets" or "Remove unused imports"; each pattern is tried only where its opening words occur.</summary>
    private static Match AbsentOrCleanup(string text) =>
        LineTerms.Occurs("fact-absent", text) && Absent.Match(text) is { Success: true } none ? none
        : !LineTerms.Occurs("fact-cleanup-verbs", text) ? Match.Empty
        : Cleanup.Match(text) is { Success: true } cleanup ? cleanup
        : LineTerms.Occurs("fact-hygiene", text) ? CleanedUp.Match(text) : Match.Empty;

    /// <summary>
    /// A checkbox or a ✅ states the fact itself ("- [x] Release workflow", "- [ ] Tag release version", "- ✅ Docker
    /// Compose files"), unless the item names a file (that is the claim) or opens with a process verb ("Conduct ...").
    /// </summary>
    private static bool StatedByMarker(ClaimCollector collector)
    {
        var source = collector.Source;
        return (source.Origin is ClaimOrigin.TaskItem || StatusMarkers.HasDone(source.Text)) && collector.Claims.Count == 0 &&
            !ProcessVerb.IsMatch(source.Text) && (source.Asserted || !TaskVerb.IsMatch(source.Text));
    }

    /// <summary>"- [x] Code Formatting" over its own sub-items: a short item in Title Case names a group, not a fact.</summary>
    private static bool IsGroupTitle(ClaimSource source)
    {
        var words = source.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return source.Origin is ClaimOrigin.TaskItem && words.Length <= 3 && words.All(w => char.IsUpper(w[0])) &&
            !LineTerms.Occurs("fact-states", source.Text) && !(LineTerms.Occurs("fact-absent", source.Text) && Absent.IsMatch(source.Text));
    }

    /// <summary>A subject inside a path ("test/testcontainers/setup.go") names a file, not the tool.</summary>
    [GeneratedRegex(@"(?<![/\\])" + TermPatterns.FactSubjects, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Subject { get; }

    [GeneratedRegex(@"^[^\p{L}]*" + TermPatterns.FactTaskVerbs, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TaskVerb { get; }

    [GeneratedRegex(@"^[^\p{L}]*" + TermPatterns.FactProcessVerbs, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProcessVerb { get; }

    /// <summary>Keys that plan, advise or report rather than state a setting ("Action: Set up ...", "Status: Active").</summary>
    [GeneratedRegex(@"\b(?:status|action|recommendation|next|milestone|impact|goal|target|option|note|value|plan|estimated|root cause)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotASetting();

    [GeneratedRegex(@"^(?:complete|set up|setup|set|active|run|compliance)$", RegexOptions.IgnoreCase)]
    private static partial Regex Imperative();
}
