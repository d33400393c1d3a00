namespace Orders;

public sealed record PriceQuote(decimal Subtotal, decimal Discount, decimal Shipping, decimal Tax)
{
    public decimal Total => Subtotal - Discount + Shipping + Tax;
}
