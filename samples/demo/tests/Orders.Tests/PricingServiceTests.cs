namespace Orders.Tests;

public sealed class PricingServiceTests
{
    private readonly PricingService _pricing = new(new DiscountPolicy(), new ShippingCalculator());

    [Fact]
    public void Domestic_order_below_threshold_pays_shipping_and_vat()
    {
        var order = new Order("B-1", CustomerTier.Standard, "DE", [new("SKU-1", 2, 20m)]);

        var quote = _pricing.Quote(order);

        Assert.Equal(4.90m, quote.Shipping);
        Assert.Equal(8.53m, quote.Tax);
        Assert.Equal(53.43m, quote.Total);
    }

    [Fact]
    public void Domestic_order_above_threshold_ships_free()
    {
        var order = new Order("B-2", CustomerTier.Silver, "DE", [new("SKU-1", 3, 50m)]);

        var quote = _pricing.Quote(order);

        Assert.Equal(7.50m, quote.Discount);
        Assert.Equal(0m, quote.Shipping);
    }

    [Fact]
    public void Gold_customer_gets_ten_percent_off()
    {
        var order = new Order("B-3", CustomerTier.Gold, "DE", [new("SKU-1", 1, 200m)]);

        Assert.Equal(20m, _pricing.Quote(order).Discount);
    }
}
