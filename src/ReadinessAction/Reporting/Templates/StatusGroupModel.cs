namespace ReadinessAction.Reporting.Templates;

/// <summary>The claims of one status, most urgent status first; Count is the whole report's count.</summary>
public sealed record StatusGroupModel(string Status, string Label, string Emoji, int Count, IReadOnlyList<ClaimModel> Claims);
