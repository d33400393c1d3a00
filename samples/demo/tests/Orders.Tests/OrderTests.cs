namespace Orders.Tests;

public sealed class OrderTests
{
    [Fact]
    public void Subtotal_sums_quantity_times_unit_price()
    {
        var order = new Order("A-1", CustomerTier.Standard, "DE", [new("SKU-1", 2, 10m), new("SKU-2", 1, 5.5m)]);

        Assert.Equal(25.5m, order.Subtotal);
        Assert.Equal(3, order.ItemCount);
    }

    [Fact]
    public void Order_without_id_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new Order(" ", CustomerTier.Standard, "DE", []));
    }

    [Fact]
    public void Line_with_zero_quantity_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new Order("A-2", CustomerTier.Standard, "DE", [new("SKU-1", 0, 10m)]));
    }
}
