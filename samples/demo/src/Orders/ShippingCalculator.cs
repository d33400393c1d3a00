namespace Orders;

public sealed class ShippingCalculator
{
    public const decimal FreeShippingThreshold = 100m;

    public decimal CostFor(Order order, decimal discountedSubtotal)
    {
        if (order.Country == "DE")
        {
            return discountedSubtotal >= FreeShippingThreshold ? 0m : 4.90m;
        }

        if (IsEuropeanUnion(order.Country))
        {
            return discountedSubtotal >= 2 * FreeShippingThreshold ? 0m : 9.90m;
        }

        var weightSurcharge = order.ItemCount > 20 ? 15m : 0m;
        return 24.90m + weightSurcharge;
    }

    private static bool IsEuropeanUnion(string country) =>
        country is "AT" or "BE" or "FR" or "IT" or "NL" or "ES" or "PL";
}
