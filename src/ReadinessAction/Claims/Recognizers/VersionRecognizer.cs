using System.Text.RegularExpressions;

using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Claims.Recognizers;

/// <summary>
/// A version the repository pins or tags, reported as <see cref="ClaimKind.OtherMetric"/>: "Vitest 2.1.8", "Tag
/// repository (v1.2.0)", "Version: 0.1.0", "@clerk/nextjs: 6.33.1 → 6.33.3" (one claim for the upgrade).
/// Not section numbers ("Phase 2.1"), not decimals with a unit ("87.9%", "1.37 KB").
/// </summary>
public sealed partial class VersionRecognizer : IClaimRecognizer
{
    public void Recognize(ClaimCollector collector)
    {
        var source = collector.Source;
        // A paragraph's "Version: 1.0.0" is the document's own metadata; a list line or an item states the repository's.
        if (source.Origin is ClaimOrigin.Heading or ClaimOrigin.TableRow || (source.Line.Kind == Checklists.LineKind.Paragraph && (!KeyedLine().IsMatch(source.Text) || DocumentKey().IsMatch(source.Text))) ||
            LineContext.StatesConditions(source) || LineContext.OpensWithPlanKey(source.Text))
        {
            return;
        }

        var text = source.Text;
        foreach (Match m in Version().Matches(text))
        {
            var before = text[..m.Index];
            var tagged = m.Groups["v"].Success || m.Groups["patch"].Captures.Count == 1 || VersionWord().IsMatch(before) || ProductBefore().IsMatch(before);
            if (!tagged || Numbering().IsMatch(before) || Planned().IsMatch(before) || !collector.IsFree(m.Index, m.Index + m.Length) || collector.Free.Any(q => q.Start == m.Index && (q.IsPercent || q.UnitWord.Length > 0)))
            {
                continue;
            }

            foreach (var q in collector.Free.Where(q => q.Start >= m.Index && q.End <= m.Index + m.Length).ToList())
            {
                collector.Use(q);
            }

            collector.Add(collector.New(ClaimKind.OtherMetric, m.Value, m.Index, m.Index + m.Length));
            return;
        }

        if (LineTerms.Occurs("versioned-products", text) && MajorVersion.Match(text) is { Success: true } major &&
            !Planned().IsMatch(text[..major.Index]) && !InstalledOnHost().IsMatch(text) && collector.IsFree(major.Index, major.Index + major.Length) &&
            collector.Free.FirstOrDefault(q => q.Start == major.Groups["major"].Index) is { } number)
        {
            collector.Use(number);
            collector.Add(collector.New(ClaimKind.OtherMetric, major.Value, major.Index, major.Index + major.Length));
        }
    }

    /// <summary>"PostgreSQL 16", "Java 11", "(SDK 52)": a runtime named with its major version alone.</summary>
    [GeneratedRegex(
        TermPatterns.VersionedProducts + @"[*_]*\s+(?<major>\d{1,3})(?![\d.,%/:]|\s*(?:%|x\b|[+-]?\s*(?:years?|days?|hours?|minutes?|mins?|ms|s|gb|mb|kb)\b))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MajorVersion { get; }

    [GeneratedRegex(@"(?<![\w.@/-])(?:(?<v>v)?\d+\.(?:\d+|x)(?<patch>\.\d{1,3})*(?:-[\w.]+)?\+?|(?<v>v)\d+\b)(?:\s*(?:→|->)\s*v?\d+(?:\.\d+)+)?(?![\w%]|\.\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Version();

    [GeneratedRegex(@"\b(?:version|release|tag|tagged|sdk|python|node|java|go|pandas|typescript|compatible with)\b[^.;]{0,12}$", RegexOptions.IgnoreCase)]
    private static partial Regex VersionWord();

    /// <summary>"**Test Framework**: Vitest 2.1.8": a paragraph that is a key with its value states the repository's setup.</summary>
    [GeneratedRegex(@"^[*_]*[^:：*]{2,30}[*_]*\s*[:：]")]
    private static partial Regex KeyedLine();

    /// <summary>"Version: 1.0.0", "报告版本: v1.0", "Release: v1.2.0": the document's own version or date, not the repository's.</summary>
    [GeneratedRegex(@"^[*_]*[^:：]*(?:version|versión|versão|версия|版本|バージョン|release|date|fecha|datum)[^:：]*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentKey();

    /// <summary>"Clerk 6.x", "iOS 12.0+", "Android 5.0": a product name written right before its version.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])(?:\p{Lu}[\p{L}\d.+-]*|\p{Ll}+\p{Lu}[\p{L}\d]*)[*_]*\s+$")]
    private static partial Regex ProductBefore();

    /// <summary>".NET 8 Runtime installed": software installed on a host is the host's state, not the repository's pin.</summary>
    [GeneratedRegex(@"\binstalled\b", RegexOptions.IgnoreCase)]
    private static partial Regex InstalledOnHost();

    [GeneratedRegex(@"\b(?:plan|prepare|compare|next(?!\.js)|future)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Planned();

    [GeneratedRegex(@"\b(?:phase|task|step|section|sprint|chapter|part|week|level|at|ac|us|table|figure|fig|item|story|epic|milestone|stage|round|iteration)[\s-]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Numbering();
}
