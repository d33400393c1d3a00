namespace Orders.Tests;

public sealed class DiscountPolicyTests
{
    private readonly DiscountPolicy _policy = new(new Dictionary<string, decimal> { ["SPRING10"] = 0.10m });

    [Theory]
    [InlineData(CustomerTier.Standard, 0)]
    [InlineData(CustomerTier.Silver, 0.05)]
    [InlineData(CustomerTier.Gold, 0.10)]
    public void Tier_rate_grows_with_tier(CustomerTier tier, decimal expected)
    {
        Assert.Equal(expected, _policy.TierRate(tier));
    }

    [Theory]
    [InlineData(9, 0)]
    [InlineData(10, 0.03)]
    [InlineData(50, 0.08)]
    public void Bulk_rate_starts_at_ten_items(int items, decimal expected)
    {
        Assert.Equal(expected, _policy.BulkRate(items));
    }

    [Fact]
    public void Unknown_coupon_is_rejected()
    {
        Assert.Throws<InvalidOperationException>(() => _policy.CouponRate("WINTER99"));
    }

    [Fact]
    public void Combined_discount_is_capped_at_a_quarter()
    {
        var order = new Order("A-3", CustomerTier.Gold, "DE", [new("SKU-1", 60, 10m)]);

        Assert.Equal(150m, _policy.DiscountFor(order, "SPRING10"));
    }
}
