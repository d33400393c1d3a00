namespace ReadinessAction.Reporting.Templates;

/// <summary>
/// One judged claim. Location is "path:line"; Url links that line at the head commit (null without repository or SHA);
/// LocationLink is the Markdown link, or the plain location when there is no URL. Basis is what the status rests on
/// (evidence, repository, document, none); null in reports written before it existed.
/// </summary>
public sealed record ClaimModel(
    string Path,
    int Line,
    string Location,
    string? Url,
    string LocationLink,
    string Text,
    string Kind,
    bool Asserted,
    string Status,
    string StatusLabel,
    string Emoji,
    string? Claimed,
    string? Measured,
    string? Evidence,
    string? Section,
    string? Basis = null);
