using ReadinessAction.Checklists;
using ReadinessAction.Claims.Recognizers;
using ReadinessAction.Claims.Tables;
using ReadinessAction.Diagnostics;

namespace ReadinessAction.Claims;

/// <summary>The registry of recognisers, run in order over every claim source of a document. Pure.</summary>
public sealed class ClaimExtractor
{
    public ClaimExtractor(IEnumerable<IClaimRecognizer> recognizers)
    {
        Recognizers = [.. recognizers];
    }

    public IReadOnlyList<IClaimRecognizer> Recognizers { get; }

    /// <summary>Order matters: a quantity or phrase is claimed by the first recogniser that takes it.</summary>
    public static ClaimExtractor CreateDefault() => new(
    [
        new FileReferenceRecognizer(),
        new DatedMilestoneRecognizer(),
        new TableRecognizer(),
        new FrontMatterRecognizer(),
        new TestRatioRecognizer(),
        new ResultBreakdownRecognizer(),
        new CompletionRecognizer(),
        new SectionScoreRecognizer(),
        new CoverageRecognizer(),
        new UntestedFileRecognizer(),
        new SkippedCountRecognizer(),
        new TestCountRecognizer(),
        new TestGroupCountRecognizer(),
        new TestRatioLineRecognizer(),
        new PassRateRecognizer(),
        new PassPhraseRecognizer(),
        new SkippedTestsRecognizer(),
        new SumTotalRecognizer(),
        new StatusRollupRecognizer(),
        new VerdictLineRecognizer(),
        new RollupPhraseRecognizer(),
        new VersionRecognizer(),
        new GradeRecognizer(),
        new OtherMetricRecognizer(),
        new CheckableFactRecognizer(),
        new SettingValueRecognizer(),
    ]);

    /// <param name="diagnostics">Where a line or a document cut at <see cref="ClaimLimits"/> is reported.</param>
    public IReadOnlyList<Claim> Extract(ChecklistDocument document, DiagnosticBag? diagnostics = null)
    {
        var claims = new List<Claim>();
        foreach (var source in ClaimSourceCollector.Collect(document))
        {
            if (claims.Count >= ClaimLimits.MaxClaimsPerDocument)
            {
                diagnostics?.Warning("too-many-claims", $"this checklist has more than {ClaimLimits.MaxClaimsPerDocument:N0} claims; those from this line on are not judged", document.Path, source.Line.Line);
                break;
            }

            if (source.IsCut)
            {
                diagnostics?.Warning("line-too-long", $"this line has {source.Line.Text.Length:N0} characters; only the first {ClaimLimits.MaxSourceChars:N0} are read for claims", document.Path, source.Line.Line);
            }

            if (source.HasTooManyQuantities)
            {
                diagnostics?.Warning("too-many-numbers", $"this line has more than {ClaimLimits.MaxQuantitiesPerSource} numbers; only the first {ClaimLimits.MaxQuantitiesPerSource} are read as claims", document.Path, source.Line.Line);
            }

            var collector = new ClaimCollector(source);
            foreach (var recognizer in Recognizers)
            {
                recognizer.Recognize(collector);
            }

            claims.AddRange(collector.Claims.OrderBy(c => c.SpanStart));
        }

        return claims;
    }
}
