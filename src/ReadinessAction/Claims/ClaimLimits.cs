namespace ReadinessAction.Claims;

/// <summary>
/// Bounds that keep the cost of a checklist linear in its size: real lines hold a handful of numbers and real checklists
/// a few hundred claims; anything beyond is cut with a warning rather than judged at quadratic cost.
/// </summary>
public static class ClaimLimits
{
    /// <summary>Quantities read from one item, heading, status line or table row.</summary>
    public const int MaxQuantitiesPerSource = 64;

    /// <summary>Characters of one line read for claims (real lines hold a few hundred): every recogniser's patterns scan
    /// the text, so a megabyte line would cost each of them a megabyte.</summary>
    public const int MaxSourceChars = 4_096;

    /// <summary>Claims judged in one checklist; later lines are not read for claims.</summary>
    public const int MaxClaimsPerDocument = 5_000;
}
