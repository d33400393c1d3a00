using ReadinessAction.Checklists;
using ReadinessAction.Claims.Recognizers;
using ReadinessAction.Claims.Tables;

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
        new TableRecognizer(),
        new FrontMatterRecognizer(),
        new TestRatioRecognizer(),
        new CompletionRecognizer(),
        new CoverageRecognizer(),
        new TestCountRecognizer(),
        new PassRateRecognizer(),
        new SkippedTestsRecognizer(),
        new SumTotalRecognizer(),
        new StatusRollupRecognizer(),
        new OtherMetricRecognizer(),
    ]);

    public IReadOnlyList<Claim> Extract(ChecklistDocument document)
    {
        var claims = new List<Claim>();
        foreach (var source in ClaimSourceCollector.Collect(document))
        {
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
