using System.Text.RegularExpressions;

using ReadinessAction.Claims;
using ReadinessAction.Configuration;
using ReadinessAction.Evidence.TestResults;
using ReadinessAction.Workspace;

namespace ReadinessAction.Verification;

/// <summary>
/// Turns a claim's scope (paths like <c>svc/</c>, words like "backend" or "resilience") into filters over coverage file
/// paths and over tests, through the configured <c>scopes:</c> first and the words themselves otherwise.
/// </summary>
public sealed class ScopeMatcher
{
    // Words that name a kind of test run rather than a part of the code: unconfigured, they do not filter coverage.
    private static readonly HashSet<string> TestKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "unit", "integration", "e2e", "end-to-end", "functional", "acceptance", "smoke", "regression", "property-based", "contract", "load", "performance",
    };

    private readonly IReadOnlyDictionary<string, ScopeDefinition> _scopes;

    public ScopeMatcher(IReadOnlyDictionary<string, ScopeDefinition> scopes)
    {
        _scopes = scopes;
    }

    /// <summary>A filter over coverage file paths and a phrase naming it ("svc/ and core/"), or null for all files.</summary>
    public (Func<string, bool>? Filter, string Description, string? Problem) CoverageFilter(Claim claim, IReadOnlyCollection<string> filePaths)
    {
        var patterns = new List<GlobPattern>();
        var names = new List<string>();
        foreach (var path in claim.ScopePaths)
        {
            patterns.Add(GlobPattern.Parse(path.EndsWith('/') ? path + "**" : path));
            names.Add(path);
        }

        foreach (var word in WordsOf(claim))
        {
            if (_scopes.TryGetValue(word, out var scope) && scope.Paths.Count > 0)
            {
                patterns.AddRange(scope.Paths.Select(GlobPattern.Parse));
                names.Add($"scope “{word}” ({string.Join(", ", scope.Paths)})");
            }
            else if (!TestKinds.Contains(word))
            {
                var byFolder = GlobPattern.Parse($"{word}/**");
                if (!filePaths.Any(p => MatchesAnySuffix(byFolder, p)))
                {
                    return (null, word, $"no scope “{word}” is configured (scopes: in .github/readiness.yml) and no covered file lies under a {word}/ folder");
                }

                patterns.Add(byFolder);
                names.Add($"{word}/");
            }
        }

        return patterns.Count == 0
            ? (null, "all covered files", null)
            : (p => patterns.Any(g => MatchesAnySuffix(g, p)), string.Join(" and ", names), null);
    }

    /// <summary>A filter over tests and a phrase naming it, or null for all tests.</summary>
    public (Func<TestCaseResult, bool>? Filter, string Description) TestFilter(Claim claim)
    {
        var words = WordsOf(claim);
        if (words.Count == 0)
        {
            return (null, "all tests");
        }

        var matchers = words.Select(word => _scopes.TryGetValue(word, out var scope) && scope.Tests.Count > 0
            ? scope.Tests.Select(GlobPattern.Parse).Select(g => (Func<string, bool>)(s => g.IsMatch(s))).ToList()
            : [s => s.Contains(word, StringComparison.OrdinalIgnoreCase)]).SelectMany(m => m).ToList();
        bool Matches(TestCaseResult t) =>
            new[] { t.Suite, t.ClassName, t.Name }.Concat(t.Categories).Any(field => field.Length > 0 && matchers.Any(m => m(field)));
        return (Matches, string.Join(", ", words.Select(w => $"“{w}”")));
    }

    /// <summary>The claim's scope words, or, when it has none, the configured scope names its sentence uses ("12 payments tests").</summary>
    /// <remarks>A substring test first: a pattern built for each of thousands of scopes and claims would be parsed each time.</remarks>
    private IReadOnlyList<string> WordsOf(Claim claim) =>
        claim.ScopeWords.Count > 0 ? claim.ScopeWords
            : [.. _scopes.Keys.Where(name => claim.Text.Contains(name, StringComparison.OrdinalIgnoreCase) && Regex.IsMatch(claim.Text, $@"(?<![\w-]){Regex.Escape(name)}(?![\w-])", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)))];

    /// <summary>Tests whose suite, class, name or category holds the subject's word stems run together
    /// ("rate limiting" → "RateLimiterTests").</summary>
    public static (Func<TestCaseResult, bool>? Filter, string Description) SubjectFilter(string subject)
    {
        var stem = string.Concat(subject.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Stem));
        if (stem.Length < 4)
        {
            return (null, subject);
        }

        static string Squash(string s) => new([.. s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
        return (t => new[] { t.Suite, t.ClassName, t.Name }.Concat(t.Categories).Any(f => Squash(f).Contains(stem, StringComparison.Ordinal)), $"the section “{subject}”");
    }

    private static string Stem(string word)
    {
        foreach (var suffix in new[] { "ing", "ers", "er", "es", "s" })
        {
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    /// <summary>Reports name files by absolute or build-relative paths: "src/api/**" matches ".../repo/src/api/x.cs".</summary>
    private static bool MatchesAnySuffix(GlobPattern glob, string path)
    {
        path = path.Replace('\\', '/');
        if (glob.IsMatch(path))
        {
            return true;
        }

        for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
        {
            if (glob.IsMatch(path[(slash + 1)..]))
            {
                return true;
            }
        }

        return false;
    }
}
