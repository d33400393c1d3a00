using System.Text.RegularExpressions;

using ReadinessAction.Claims;
using ReadinessAction.Evidence.Findings;

namespace ReadinessAction.Verification;

/// <summary>
/// What a lint or vulnerability claim asks of the findings: "0 ESLint errors", "No high-severity vulnerabilities",
/// "Zero critical CVEs", "Static analysis passing", "7 moderate vulnerabilities". Null when the claim is not one.
/// </summary>
/// <param name="Tools">The tools the claim names (ESLint, CodeQL, npm audit ...) in its order, or none for any.</param>
/// <param name="Levels">The levels counted; a claim of none counts its level and everything above it.</param>
/// <param name="Claimed">The claimed count, with its comparison ("fewer than 5 warnings").</param>
internal sealed partial record FindingsQuery(FindingCategory Category, IReadOnlyList<string> Tools, IReadOnlyList<string> Levels, Quantity Claimed)
{
    private static readonly string[] KnownTools =
        ["Bandit", "MyPy", "ESLint", "CodeQL", "Semgrep", "Trivy", "Grype", "Snyk", "npm audit", "Clippy", "Ruff", "Pylint", "Flake8", "RuboCop", "Stylelint", "Sonar"];

    public static FindingsQuery? From(Claim claim)
    {
        var text = claim.Text.ToLowerInvariant();
        FindingCategory? category = VulnerabilityWords().IsMatch(text) ? FindingCategory.Vulnerability
            : LintWords().IsMatch(text) ? FindingCategory.Lint
            : null;
        if (category is not { } found || Count(claim, text) is not { } claimed)
        {
            return null;
        }

        // "ESLint: 0 errors, 3 warnings" claims "0 errors": the claim's own words name its level before the line's do.
        var tools = KnownTools
            .Select(t => (Tool: t, At: text.IndexOf(t, StringComparison.OrdinalIgnoreCase)))
            .Where(t => t.At >= 0)
            .OrderBy(t => t.At)
            .Select(t => t.Tool)
            .ToList();
        var own = claim.Claimed.ToLowerInvariant();
        var levels = LevelsFor(found, own, claimed.Value == 0) ?? LevelsFor(found, text, claimed.Value == 0) ?? Default(found);
        return new FindingsQuery(found, tools, levels, claimed);
    }

    public bool Matches(Finding finding) =>
        finding.Category == Category && Levels.Contains(finding.Level) && (Tools.Count == 0 || Tools.Any(t => Names(finding.Tool, t)));

    /// <summary>"Bandit, Ruff or MyPy".</summary>
    public string? NamedTools => Tools.Count switch
    {
        0 => null,
        1 => Tools[0],
        _ => $"{string.Join(", ", Tools.Take(Tools.Count - 1))} or {Tools[^1]}",
    };

    public static bool Names(string reported, string named) =>
        reported.Contains(named, StringComparison.OrdinalIgnoreCase) || named.Contains(reported, StringComparison.OrdinalIgnoreCase);

    /// <summary>"high or critical", "medium or above", "errors": what was counted, for the evidence sentence.</summary>
    public string Describe()
    {
        if (Category == FindingCategory.Lint)
        {
            return string.Join(" or ", Levels.Reverse().Select(l => l + "s"));
        }

        return Levels.Count switch
        {
            1 => Levels[0],
            2 => $"{Levels[0]} or {Levels[1]}",
            _ when Levels.Count == FindingLevels.Severities.Count => "of any severity",
            _ => $"{Levels[0]} or above",
        };
    }

    private static Quantity? Count(Claim claim, string text)
    {
        // A number counts findings only when the claim's own words name them: "0 errors", not "pip 26.0 (CVE fixed)".
        if (claim.Value is { IsPercent: false, IsRatio: false } value && FindingNouns().IsMatch(claim.Claimed.ToLowerInvariant()))
        {
            return value;
        }

        return ZeroWords().Match(text) is { Success: true } zero
            ? new Quantity(QuantityShape.Number, 0, Comparison.Exactly, zero.Index, zero.Index + zero.Length, zero.Value)
            : null;
    }

    // A linter that "passes" fails only on errors; "no vulnerabilities" means none of any severity.
    private static List<string> Default(FindingCategory category) =>
        category == FindingCategory.Lint ? ["error"] : [.. FindingLevels.Severities];

    private static List<string>? LevelsFor(FindingCategory category, string text, bool atOrAbove)
    {
        var scale = category == FindingCategory.Lint ? FindingLevels.LintLevels : FindingLevels.Severities;
        var named = scale.Where(level => LevelWord(level).IsMatch(text)).ToList();
        if (named.Count == 0)
        {
            return null;
        }

        var lowest = named.Min(l => IndexOf(scale, l));
        return atOrAbove ? [.. scale.Skip(lowest)] : named;
    }

    private static int IndexOf(IReadOnlyList<string> scale, string level)
    {
        for (var i = 0; i < scale.Count; i++)
        {
            if (scale[i] == level)
            {
                return i;
            }
        }

        return -1;
    }

    private static Regex LevelWord(string level) => level switch
    {
        "medium" => MediumWord(),
        "error" => ErrorWord(),
        "warning" => WarningWord(),
        "note" => NoteWord(),
        "critical" => CriticalWord(),
        "high" => HighWord(),
        "low" => LowWord(),
        _ => InfoWord(),
    };

    [GeneratedRegex(@"vulnerab|\bcves?\b|npm audit|\baudit\b.*\b(pass|clean|0|zero|no)\b|security (issues|findings|alerts|advisories)|dependabot alerts|\btrivy\b|\bgrype\b|\bsnyk\b")]
    private static partial Regex VulnerabilityWords();

    [GeneratedRegex(@"eslint|\blint|tslint|stylelint|\bruff\b|pylint|flake8|rubocop|clippy|static analysis|code analysis|analy[sz]er|codeql|semgrep|sonar|compiler warnings|build warnings")]
    private static partial Regex LintWords();

    [GeneratedRegex(@"\b(no|zero|none)\b|(?<![\d.,])0(?![\d.,])|\bpass(es|ed|ing)?\b|\bclean\b|\bgreen\b|\ball (resolved|fixed)\b")]
    private static partial Regex ZeroWords();

    [GeneratedRegex(@"error|warning|vulnerab|\bcves?\b|issue|finding|problem|violation|alert|advisor|critical|\bhigh\b|moderate|medium|\blow\b")]
    private static partial Regex FindingNouns();

    [GeneratedRegex(@"\bmedium\b|\bmoderate\b")]
    private static partial Regex MediumWord();

    [GeneratedRegex(@"\berrors?\b")]
    private static partial Regex ErrorWord();

    [GeneratedRegex(@"\bwarnings?\b")]
    private static partial Regex WarningWord();

    [GeneratedRegex(@"\bnotes?\b")]
    private static partial Regex NoteWord();

    [GeneratedRegex(@"\bcritical\b")]
    private static partial Regex CriticalWord();

    [GeneratedRegex(@"\bhigh\b")]
    private static partial Regex HighWord();

    [GeneratedRegex(@"\blow\b")]
    private static partial Regex LowWord();

    [GeneratedRegex(@"\binfo\b")]
    private static partial Regex InfoWord();
}
