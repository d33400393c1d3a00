namespace ReadinessAction.Reporting.Templates;

/// <summary>How many claims of the whole report have one status.</summary>
public sealed record CountModel(string Status, string Label, string Emoji, int Count);
