using System.Globalization;
using System.Reflection;

namespace ReadinessAction.Claims.Tables;

/// <summary>
/// Column and row-label words of every language, loaded from the embedded data files
/// <c>Claims/Vocabularies/Tables/columns.&lt;language&gt;.tsv</c> (role, tab, phrase).
/// </summary>
public static class TableVocabulary
{
    internal const string ResourcePrefix = "ReadinessAction.Claims.Vocabularies.Tables.columns.";

    private static readonly Lazy<List<(ColumnRole Role, string Phrase)>> Entries = new(Load);

    /// <summary>Languages whose vocabulary was found, e.g. "en", "zh".</summary>
    public static IReadOnlyList<string> Languages =>
        [.. ResourceNames().Select(n => n[ResourcePrefix.Length..^".tsv".Length]).Order(StringComparer.Ordinal)];

    public static int Count => Entries.Value.Count;

    /// <summary>The most specific role any phrase of the text names, among the allowed ones; null when none.</summary>
    public static ColumnRole? RoleOf(string text, Func<ColumnRole, bool>? allowed = null)
    {
        var normal = Normalize(text);
        ColumnRole? best = null;
        foreach (var (role, phrase) in Entries.Value)
        {
            if ((best is null || role < best) && (allowed is null || allowed(role)) && Contains(normal, phrase))
            {
                best = role;
            }
        }

        return best;
    }

    /// <summary>True when the text holds a phrase of the role ("objetivo: 85%" holds a target word).</summary>
    public static bool Names(string text, ColumnRole role) => RoleOf(text, r => r == role) is not null;

    internal static string Normalize(string text) =>
        text.ToLowerInvariant().Replace('_', ' ').Replace("*", "", StringComparison.Ordinal).Trim();

    /// <summary>A phrase in a spaced script matches as whole words; in Chinese or Japanese, anywhere.</summary>
    internal static bool Contains(string text, string phrase)
    {
        var unspaced = phrase.Any(IsUnspacedScript);
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if (unspaced || ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnspacedScript(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    private static IEnumerable<string> ResourceNames() =>
        typeof(TableVocabulary).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal));

    private static List<(ColumnRole, string)> Load()
    {
        var assembly = typeof(TableVocabulary).Assembly;
        var entries = ResourceNames().SelectMany(name => Parse(Read(assembly, name), name)).ToList();
        return entries.Count > 0
            ? entries
            : throw new InvalidOperationException($"no table vocabulary is embedded (resources named {ResourcePrefix}*.tsv)");
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal static IEnumerable<(ColumnRole, string)> Parse(string tsv, string name)
    {
        foreach (var line in tsv.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split('\t');
            if (parts.Length != 2 || !Enum.TryParse<ColumnRole>(parts[0].Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var role))
            {
                throw new InvalidOperationException($"{name}: “{line}” is not role<TAB>phrase");
            }

            yield return (role, parts[1].Trim().ToLower(CultureInfo.InvariantCulture));
        }
    }
}
