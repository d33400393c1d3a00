namespace Orders;

public sealed class PricingService
{
    private const decimal VatRate = 0.19m;
    private readonly DiscountPolicy _discounts;
    private readonly ShippingCalculator _shipping;

    public PricingService(DiscountPolicy discounts, ShippingCalculator shipping)
    {
        _discounts = discounts;
        _shipping = shipping;
    }

    public PriceQuote Quote(Order order, string? coupon = null)
    {
        var discount = _discounts.DiscountFor(order, coupon);
        var discounted = order.Subtotal - discount;
        var shipping = _shipping.CostFor(order, discounted);
        var tax = Math.Round((discounted + shipping) * VatRate, 2);
        return new PriceQuote(order.Subtotal, discount, shipping, tax);
    }
}
