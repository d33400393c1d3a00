using System.Text.RegularExpressions;

namespace ReadinessAction.Checklists;

/// <summary>Finds the section a name refers to: "CRITICAL" → "🔴 CRITICAL - Must Fix Before Launch",
/// "1. Security &amp; Compliance" → "Section 1: Security &amp; Compliance ✅".</summary>
public static partial class SectionFinder
{
    public static ChecklistSection? FindByName(ChecklistDocument document, string name)
    {
        var wanted = Normalize(name);
        if (wanted.Length == 0)
        {
            return null;
        }

        var wantedWords = wanted.Split(' ');
        ChecklistSection? best = null;
        var bestScore = 0;
        foreach (var section in document.AllSections().Where(s => s.Level > 0))
        {
            var title = Normalize(section.Title);
            var titleWords = title.Split(' ');
            var score = title == wanted ? 1000
                : ContainsRun(titleWords, wantedWords) ? 500 - titleWords.Length
                : 0;
            if (score > bestScore || (score == bestScore && score > 0 && best is not null && section.Level < best.Level))
            {
                best = section;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>Lower case, markers, numbering ("Section 1:", "2.3") and punctuation removed.</summary>
    public static string Normalize(string title)
    {
        var text = StatusMarkers.Strip(title).ToLowerInvariant();
        text = Numbering().Replace(text, " ");
        text = NonWord().Replace(text, " ");
        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("priority" or "items")));
    }

    private static bool ContainsRun(string[] haystack, string[] needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:section|phase|part|step)\s+\d+(?:\.\d+)*\b|\b\d+(?:\.\d+)*\.?(?=\s|$)")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial Regex NonWord();
}
