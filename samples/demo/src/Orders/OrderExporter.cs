using System.Globalization;
using System.Text;

namespace Orders;

/// <summary>CSV export for the finance team. Not covered by tests yet.</summary>
public static class OrderExporter
{
    public static string ToCsv(IEnumerable<(Order Order, PriceQuote Quote)> rows)
    {
        var csv = new StringBuilder();
        csv.AppendLine("order_id,tier,country,items,subtotal,discount,shipping,tax,total");
        foreach (var (order, quote) in rows)
        {
            csv.Append(Escape(order.Id)).Append(',')
                .Append(order.Tier).Append(',')
                .Append(order.Country).Append(',')
                .Append(order.ItemCount.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Format(quote.Subtotal)).Append(',')
                .Append(Format(quote.Discount)).Append(',')
                .Append(Format(quote.Shipping)).Append(',')
                .Append(Format(quote.Tax)).Append(',')
                .Append(Format(quote.Total)).AppendLine();
        }

        return csv.ToString();
    }

    private static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Escape(string value) =>
        value.Contains(',') || value.Contains('"') ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
