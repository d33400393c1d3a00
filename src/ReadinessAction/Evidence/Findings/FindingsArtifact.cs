namespace ReadinessAction.Evidence.Findings;

/// <summary>Wraps the findings a reader found into evidence; a report with no finding is a clean run, not an empty file.</summary>
public static class FindingsArtifact
{
    public static ArtifactEvidence Create(string path, string format, IReadOnlyList<Finding> findings, IReadOnlyList<string> tools) =>
        new(path, ArtifactKind.Findings, format, null, null) { Findings = new FindingSet(findings, tools) };
}
