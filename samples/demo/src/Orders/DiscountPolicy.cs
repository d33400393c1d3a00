namespace Orders;

/// <summary>Tier discount, a bulk discount from 10 items on, and one coupon at most.</summary>
public sealed class DiscountPolicy
{
    private readonly IReadOnlyDictionary<string, decimal> _coupons;

    public DiscountPolicy(IReadOnlyDictionary<string, decimal>? coupons = null)
    {
        _coupons = coupons ?? new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
    }

    public decimal TierRate(CustomerTier tier) => tier switch
    {
        CustomerTier.Gold => 0.10m,
        CustomerTier.Silver => 0.05m,
        _ => 0m,
    };

    public decimal BulkRate(int itemCount) => itemCount switch
    {
        >= 50 => 0.08m,
        >= 10 => 0.03m,
        _ => 0m,
    };

    public decimal CouponRate(string? coupon)
    {
        if (string.IsNullOrEmpty(coupon))
        {
            return 0m;
        }

        if (!_coupons.TryGetValue(coupon, out var rate))
        {
            throw new InvalidOperationException($"Unknown coupon '{coupon}'.");
        }

        return rate;
    }

    public decimal DiscountFor(Order order, string? coupon)
    {
        var rate = TierRate(order.Tier) + BulkRate(order.ItemCount) + CouponRate(coupon);
        return Math.Round(order.Subtotal * Math.Min(rate, 0.25m), 2);
    }
}
