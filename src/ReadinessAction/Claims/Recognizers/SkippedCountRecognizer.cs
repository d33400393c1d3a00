using System.Text.RegularExpressions;

namespace ReadinessAction.Claims.Recognizers;

/// <summary>"1 integration test skipped", "14/17 (3 skipped)", "27 passed, 3 skipped", "1 skip": a count of skipped tests.</summary>
public sealed partial class SkippedCountRecognizer : IClaimRecognizer
{
    public void Recognize(ClaimCollector collector)
    {
        var text = collector.Source.Text;
        foreach (var q in collector.Free.Where(q => q.Shape == QuantityShape.Number).ToList())
        {
            var skipped = SkippedAfter().Match(text, q.End);
            if (!skipped.Success || !collector.IsFree(q.Start, skipped.Index + skipped.Length))
            {
                continue;
            }

            var end = skipped.Index + skipped.Length;
            collector.Add(
                collector.New(ClaimKind.SkippedTests, text[q.Start..end].Trim(), q.Start, end) with
                {
                    Value = q,
                    ScopeWords = ScopeVocabulary.WordsIn(skipped.Value + " " + collector.Source.Title),
                },
                q);
        }
    }

    [GeneratedRegex(@"\G\s?(?:(?:[\p{L}-]+\s+){0,2}?tests?\s+(?:were\s+|are\s+)?)?(?:skipped|skips?|ignored|übersprungen|omitidos|ignorés|пропущен\w*|跳过|スキップ)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SkippedAfter();
}
