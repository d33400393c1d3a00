using System.Xml;

namespace ReadinessAction.Evidence.Coverage.OpenCover;

/// <summary>What the sessions' &lt;Summary&gt; declare against the points actually listed.</summary>
internal sealed class SessionSummary
{
    private long? _declaredSequencePoints, _declaredVisitedSequencePoints, _declaredBranchPoints, _declaredVisitedBranchPoints;
    private long _sequencePoints, _visitedSequencePoints, _branchPoints, _visitedBranchPoints;
    private int? _line;

    public void Declare(XmlReader xml, CoverageReadContext context)
    {
        _line ??= CoverageReadContext.LineOf(xml);
        _declaredSequencePoints = Add(_declaredSequencePoints, context.Count(xml, "numSequencePoints", required: false));
        _declaredVisitedSequencePoints = Add(_declaredVisitedSequencePoints, context.Count(xml, "visitedSequencePoints", required: false));
        _declaredBranchPoints = Add(_declaredBranchPoints, context.Count(xml, "numBranchPoints", required: false));
        _declaredVisitedBranchPoints = Add(_declaredVisitedBranchPoints, context.Count(xml, "visitedBranchPoints", required: false));
    }

    public void CountSequencePoint(long? visits)
    {
        if (visits is { } v)
        {
            _sequencePoints++;
            _visitedSequencePoints += v > 0 ? 1 : 0;
        }
    }

    public void CountBranchPoint(long? visits)
    {
        if (visits is { } v)
        {
            _branchPoints++;
            _visitedBranchPoints += v > 0 ? 1 : 0;
        }
    }

    public void Check(CoverageReadContext context)
    {
        var differences = new List<string>();
        if (Differs(_declaredVisitedSequencePoints, _visitedSequencePoints) || Differs(_declaredSequencePoints, _sequencePoints))
        {
            differences.Add($"sequence points {_declaredVisitedSequencePoints}/{_declaredSequencePoints} but its content has {_visitedSequencePoints}/{_sequencePoints}");
        }

        if (Differs(_declaredVisitedBranchPoints, _visitedBranchPoints) || Differs(_declaredBranchPoints, _branchPoints))
        {
            differences.Add($"branch points {_declaredVisitedBranchPoints}/{_declaredBranchPoints} but its content has {_visitedBranchPoints}/{_branchPoints}");
        }

        if (differences.Count > 0)
        {
            context.Warn(CoverageDiagnosticCodes.HeaderMismatch, $"the report's <Summary> declares {string.Join(", ", differences)}; the counted content is used", _line);
        }
    }

    private static bool Differs(long? declared, long counted) => declared is { } d && d != counted;

    private static long? Add(long? total, long? value) => value is null ? total : (total ?? 0) + value;
}
