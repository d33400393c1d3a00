namespace Orders;

public enum CircuitState
{
    Closed,
    Open,
    HalfOpen,
}
