namespace Orders;

public enum CustomerTier
{
    Standard,
    Silver,
    Gold,
}
