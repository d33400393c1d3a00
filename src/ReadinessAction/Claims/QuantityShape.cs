namespace ReadinessAction.Claims;

public enum QuantityShape
{
    Number,
    Percent,
    Ratio,
}
