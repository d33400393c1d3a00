using System.Globalization;

namespace ReadinessAction.Claims;

/// <summary>
/// A measurable value as written: <c>87%</c>, <c>&gt;80%</c>, <c>85-90%</c> (Between, Upper 90), <c>550+</c> (AtLeast),
/// <c>24/27</c> (Ratio: Value 24, Denominator 27). Start/End locate it (comparator included) in its source text.
/// </summary>
public sealed record Quantity(QuantityShape Shape, double Value, Comparison Comparison, int Start, int End, string Raw)
{
    public double? Upper { get; init; }

    public double? Denominator { get; init; }

    /// <summary>The word right after the quantity ("tests", "items", "ms"), lower case, or "".</summary>
    public string UnitWord { get; init; } = "";

    public bool IsPercent => Shape == QuantityShape.Percent;

    public bool IsRatio => Shape == QuantityShape.Ratio;

    /// <summary>The quantity as a percentage: percents as they are, ratios as numerator/denominator.</summary>
    public double? AsPercent => Shape switch
    {
        QuantityShape.Percent => Value,
        QuantityShape.Ratio when Denominator > 0 => 100 * Value / Denominator.Value,
        _ => null,
    };

    public override string ToString() => Raw;

    public static string Format(double value) =>
        value.ToString(value == Math.Floor(value) ? "#,0" : "#,0.0##", CultureInfo.InvariantCulture);
}
