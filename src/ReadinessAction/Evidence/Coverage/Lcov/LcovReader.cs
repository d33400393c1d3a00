namespace ReadinessAction.Evidence.Coverage.Lcov;

/// <summary>
/// LCOV tracefiles (lcov/geninfo, c8, istanbul, jest, coverlet, grcov, cargo-llvm-cov...). Lines come from DA
/// records and branches from BRDA ("-" = never reached, counts as not taken); each section's LF/LH/BRF/BRH are
/// checked against its own lines. Sections for the same file (several tests) are combined line by line.
/// </summary>
public sealed class LcovReader : TextCoverageReader
{
    public override string Format => "lcov";

    protected override string EmptyReason => "no DA record in any SF section";

    public override bool CanRead(ArtifactSniff sniff)
    {
        if (sniff.IsXml)
        {
            return false;
        }

        var first = sniff.Head.AsSpan().TrimStart();
        return first.StartsWith("TN:", StringComparison.Ordinal) || first.StartsWith("SF:", StringComparison.Ordinal);
    }

    protected override CoverageLineParser CreateParser(CoverageReadContext context) => new LcovParser(context);
}
