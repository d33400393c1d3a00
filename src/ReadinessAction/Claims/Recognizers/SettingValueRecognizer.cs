using System.Text.RegularExpressions;

using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Claims.Recognizers;

/// <summary>
/// A checklist item that names a setting and gives its value, reported as <see cref="ClaimKind.OtherMetric"/>:
/// "- [x] **Kotlin Target**: JVM target 11", "- [ ] CORS: whitelist specific origins", "- [x] **KMS Encryption** - EKS
/// and EBS volumes". The key must end with a setting word (Lines/Terms/setting-keys.txt); one claim a line, and only
/// where no other recogniser found one.
/// </summary>
public sealed partial class SettingValueRecognizer : IClaimRecognizer
{
    [GeneratedRegex(
        @"^[^\p{L}\d]*(?<key>[^:：]{0,40}?" + TermPatterns.SettingKeys + @")\s*(?:[:：]|\s[-–—]\s)\s*(?<value>[^\s].*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyedValue { get; }

    public void Recognize(ClaimCollector collector)
    {
        var source = collector.Source;
        if (source.Origin is not ClaimOrigin.TaskItem || collector.Claims.Count > 0 || !LineTerms.Occurs("setting-keys", source.Text) ||
            LineContext.StatesConditions(source) || LineContext.OpensWithPlanKey(source.Text))
        {
            return;
        }

        var match = KeyedValue.Match(source.Text);
        var value = match.Groups["value"];
        if (!match.Success || Unsettled().IsMatch(value.Value))
        {
            return;
        }

        collector.Add(collector.New(ClaimKind.OtherMetric, value.Value.Trim(), value.Index, value.Index + value.Length));
    }

    /// <summary>"Privacy Policy: Required for ...", "Deploy: TBD": the value asks for the setting, it does not state it.</summary>
    [GeneratedRegex(@"^(?:required|needed|tbd|todo|n/a|pending|planned|to do|_+|\?|—|-)(?:\W|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Unsettled();
}
