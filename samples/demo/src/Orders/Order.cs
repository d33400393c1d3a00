namespace Orders;

public sealed class Order
{
    public Order(string id, CustomerTier tier, string country, IEnumerable<OrderLine> lines)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("An order needs an id.", nameof(id));
        }

        Id = id;
        Tier = tier;
        Country = country;
        Lines = lines.ToList();
        if (Lines.Any(l => l.Quantity <= 0))
        {
            throw new ArgumentException("Every line needs a positive quantity.", nameof(lines));
        }
    }

    public string Id { get; }

    public CustomerTier Tier { get; }

    public string Country { get; }

    public IReadOnlyList<OrderLine> Lines { get; }

    public decimal Subtotal => Lines.Sum(l => l.Total);

    public int ItemCount => Lines.Sum(l => l.Quantity);
}
