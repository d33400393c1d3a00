namespace ReadinessAction.Reporting.Templates;

/// <summary>
/// One checklist and its claims in line order. OtherClaims leaves out the contradicted ones (shown first elsewhere);
/// ClaimCount and OtherClaimCount count the whole report even when the lists are shortened.
/// </summary>
public sealed record ChecklistModel(
    string Path,
    string? Url,
    string PathLink,
    int Items,
    int Checked,
    int ClaimCount,
    int ContradictedCount,
    int OtherClaimCount,
    IReadOnlyList<ClaimModel> Claims,
    IReadOnlyList<ClaimModel> OtherClaims);
