namespace ReadinessAction.Claims;

public enum Comparison
{
    Exactly,
    AtLeast,
    GreaterThan,
    AtMost,
    LessThan,
    Between,
}
