using ReadinessAction.Claims;
using ReadinessAction.Evidence;
using ReadinessAction.Evidence.Settings;

namespace ReadinessAction.Verification.Tooling;

/// <summary>
/// "TypeScript strict mode enabled", "Strict mode ✅" under a TypeScript heading: the configuration files say whether
/// the setting is on, in every file that configures it (a monorepo's packages each have their own tsconfig.json).
/// </summary>
public static class SettingVerifier
{
    private const int Named = 3;

    /// <returns>Null when the claim is not about a setting of settings.tsv.</returns>
    public static Verdict? Verify(Claim claim, RepositoryFacts facts) => Decide(claim, facts)?.RestingOn(VerdictBasis.Repository);

    private static Verdict? Decide(Claim claim, RepositoryFacts facts)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(facts);
        if (claim.Kind != ClaimKind.OtherMetric || claim.Value is not null || ToolingWords.Negated(claim.Text))
        {
            return null;
        }

        var named = SettingCatalog.All
            .Where(s => s.Words.IsMatch(claim.Text) && (s.Context.IsMatch(claim.Text) || s.Context.IsMatch(claim.Section.Title)))
            .ToList();
        if (named.Count != 1)
        {
            return null;
        }

        var setting = named[0];
        var found = facts.Settings.Where(f => f.Setting == setting).ToList();
        if (found.Count == 0)
        {
            return new Verdict(claim, ClaimStatus.Unverifiable, null, $"no file configures {setting.Name} (looked for {string.Join(", ", setting.Globs)})");
        }

        var off = found.Where(f => f.Problem is null && !f.IsOn).ToList();
        var unknown = found.Where(f => f.Problem is not null).ToList();
        if (off.Count > 0)
        {
            return new Verdict(claim, Judgement.Holds(claim, false), "off", $"{setting.Key} is not {setting.OnValue} in {Describe(off, f => f.Value is null ? $"{f.Path} (not set)" : $"{f.Path} ({f.Value}{FromBase(f)})")}");
        }

        if (unknown.Count > 0)
        {
            return new Verdict(claim, ClaimStatus.Unverifiable, null, $"{setting.Key} could not be read: {Describe(unknown, f => f.Problem!)}");
        }

        return new Verdict(claim, Judgement.Holds(claim, true), "on", $"{setting.Key} is {setting.OnValue} in {Describe(found, f => f.Path + FromBase(f))}");
    }

    private static string FromBase(SettingFact fact) => fact.From is { } from && from != fact.Path ? $", from {from}" : "";

    private static string Describe(List<SettingFact> facts, Func<SettingFact, string> describe) =>
        string.Join(", ", facts.Take(Named).Select(describe)) + (facts.Count > Named ? $" and {facts.Count - Named} more" : "");
}
