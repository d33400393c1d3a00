namespace ReadinessAction.Evidence;

public enum ArtifactKind
{
    Coverage,
    Tests,
}
