namespace ReadinessAction.Claims;

public enum CoverageMetric
{
    Line,
    Branch,
}
