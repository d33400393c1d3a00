namespace Orders;

/// <summary>How much of a paid quote is refunded when an order is returned. Not covered by tests yet.</summary>
public sealed class RefundPolicy
{
    private readonly TimeSpan _returnWindow;

    public RefundPolicy(TimeSpan returnWindow)
    {
        _returnWindow = returnWindow;
    }

    public decimal RefundFor(PriceQuote quote, DateTimeOffset paidAt, DateTimeOffset returnedAt, bool damaged)
    {
        if (returnedAt < paidAt)
        {
            throw new ArgumentException("A return cannot precede the payment.", nameof(returnedAt));
        }

        if (damaged)
        {
            return quote.Total;
        }

        if (returnedAt - paidAt > _returnWindow)
        {
            return 0m;
        }

        var restockingFee = Math.Round(quote.Subtotal * 0.05m, 2);
        return Math.Max(0m, quote.Total - quote.Shipping - restockingFee);
    }
}
