using System.Text.RegularExpressions;

namespace ReadinessAction.Claims.Recognizers;

/// <summary>"No skipped or xfailed tests in core functionality", "0 skipped tests", "no tests skipped".</summary>
public sealed partial class SkippedTestsRecognizer : IClaimRecognizer
{
    public void Recognize(ClaimCollector collector)
    {
        var text = collector.Source.Text;
        var match = NoSkipped().Match(text);
        if (!match.Success || !collector.IsFree(match.Index, match.Index + match.Length))
        {
            return;
        }

        var zero = collector.Free.FirstOrDefault(q => q.Start >= match.Index && q.End <= match.Index + match.Length);
        var scope = text[(match.Index + match.Length)..];
        collector.Add(
            collector.New(ClaimKind.SkippedTests, "0 skipped", match.Index, match.Index + match.Length) with
            {
                ScopeWords = ScopeVocabulary.WordsIn(scope),
            },
            zero);
    }

    [GeneratedRegex(@"\b(?:no|zero|0)\s+(?:skipped|ignored|disabled)(?:\s+(?:or|and|/)\s+\w+)?\s+tests?\b|\bno\s+tests?\s+(?:are\s+)?(?:skipped|ignored|disabled)\b|\b(?:0|zero)\s+skipped\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoSkipped();
}
