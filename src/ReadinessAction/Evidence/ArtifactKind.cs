namespace ReadinessAction.Evidence;

public enum ArtifactKind
{
    Coverage,
    Tests,

    /// <summary>Lint and static-analysis results, vulnerability and audit reports.</summary>
    Findings,
}
