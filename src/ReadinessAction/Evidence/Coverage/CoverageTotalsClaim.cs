namespace ReadinessAction.Evidence.Coverage;

/// <summary>The totals a report declares about itself (root attributes, summary records), checked against its content.</summary>
public sealed record CoverageTotalsClaim(long? LinesValid, long? LinesCovered, long? BranchesValid, long? BranchesCovered, int? Line)
{
    public void Check(CoverageTotals counted, CoverageReadContext context, string subject = "the report's summary")
    {
        var differences = new List<string>();
        Compare("lines", LinesCovered, LinesValid, counted.LinesCovered, counted.LinesValid, differences);
        Compare("branches", BranchesCovered, BranchesValid, counted.BranchesCovered, counted.BranchesValid, differences);
        if (differences.Count > 0)
        {
            context.Warn(
                CoverageDiagnosticCodes.HeaderMismatch,
                $"{subject} declares {string.Join(", ", differences)}; the counted content is used",
                Line);
        }
    }

    private static void Compare(string what, long? declaredCovered, long? declaredValid, long covered, long valid, List<string> differences)
    {
        if ((declaredCovered is { } c && c != covered) || (declaredValid is { } v && v != valid))
        {
            differences.Add($"{what} {Show(declaredCovered)}/{Show(declaredValid)} but its content has {covered}/{valid}");
        }
    }

    private static string Show(long? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?";
}
