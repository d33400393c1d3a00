using System.Text.Json;

namespace ReadinessAction.Evidence.TestResults.Cucumber;

/// <summary>
/// Cucumber's JSON formatter (<c>cucumber-js --format json:…</c>, Cucumber-JVM's <c>json:</c> plugin, Cucumber Ruby's
/// <c>--format json</c>): one test per scenario, each row of a scenario outline a run of the same scenario. A scenario
/// takes the worst result of its steps and hooks. Undefined, pending and ambiguous steps are errors: Cucumber's
/// summary lists them apart from failures and, strict by default, fails the run on them. A background's steps apply to
/// the scenario that follows it (Cucumber-JVM and Ruby list them as an element of their own).
/// </summary>
public sealed class CucumberReader() : JsonTestReader("cucumber-json", "a list of features", "\"keyword\"")
{
    private const double NanosecondsPerSecond = 1e9;

    private static readonly TestStatusTable Statuses = TestStatusTable.Of(passed: "passed", failed: "failed", skipped: "skipped", errors: "undefined pending ambiguous");

    /// <summary>The report is a JSON array of features, unlike the other test formats.</summary>
    public override bool CanRead(ArtifactSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        return sniff.LooksLikeJson && sniff.Head.TrimStart().StartsWith('[')
            && Markers.All(m => sniff.Head.Contains(m, StringComparison.Ordinal))
            && (sniff.Head.Contains("\"elements\"", StringComparison.Ordinal) || sniff.Head.Contains("\"uri\"", StringComparison.Ordinal));
    }

    protected override List<TestCaseResult>? ReadCases(Stream utf8, StringPool pool, ISet<string> unknown)
    {
        if (JsonSerializer.Deserialize(utf8, CucumberJsonContext.Default.ListCucumberFeature) is not { } features)
        {
            return null;
        }

        var cases = new List<TestCaseResult>();
        foreach (var feature in features)
        {
            var suite = pool.Share(feature.Uri ?? feature.Name ?? "");
            var className = pool.Share(feature.Name ?? feature.Uri ?? "");
            IReadOnlyList<CucumberStep> background = [];
            foreach (var element in feature.Elements ?? [])
            {
                if (string.Equals(element.Type, "background", StringComparison.Ordinal))
                {
                    background = element.Steps ?? [];
                    continue;
                }

                IEnumerable<CucumberStep> steps = [.. background, .. element.Before ?? [], .. element.Steps ?? [], .. element.After ?? []];
                background = [];
                cases.Add(new TestCaseResult(suite, className, element.Name ?? "", Worst(steps, unknown), Seconds(steps), []));
            }
        }

        return cases;
    }

    /// <summary>
    /// As Cucumber ranks step results: a skipped step (a step or hook that returned "skipped") makes the scenario
    /// skipped, anything failing or undefined outranks it; a scenario without steps ran nothing and is skipped.
    /// </summary>
    private static TestOutcome Worst(IEnumerable<CucumberStep> steps, ISet<string> unknown) =>
        steps.Select(s => Outcome(s.Result?.Status, Statuses, unknown)).DefaultIfEmpty(TestOutcome.Skipped).Max();

    private static double? Seconds(IEnumerable<CucumberStep> steps)
    {
        var durations = steps.Select(s => s.Result?.Duration).Where(d => d is not null).ToList();
        return durations.Count == 0 ? null : durations.Sum() / NanosecondsPerSecond;
    }
}
