namespace ReadinessAction.Reporting.Templates;

/// <summary>
/// What a comment or summary template sees (documented in README, "Comment templates"). Every text field is already
/// escaped for Markdown and HTML, so <c>{{x}}</c> and <c>{{{x}}}</c> render the same; URLs are safe link destinations.
/// Lists may be shortened to fit GitHub's size limits; counts are always those of the whole report.
/// </summary>
public sealed record ReportModel(
    string Verdict,
    string VerdictLabel,
    string VerdictEmoji,
    bool Passed,
    bool Failed,
    GateModel Gate,
    IReadOnlyList<CountModel> Counts,
    int TotalClaims,
    IReadOnlyList<ClaimModel> Contradicted,
    int ContradictedCount,
    int OtherClaimCount,
    int OtherClaimsShown,
    IReadOnlyList<ChecklistModel> Checklists,
    IReadOnlyList<StatusGroupModel> ByStatus,
    IReadOnlyList<DiagnosticModel> Diagnostics,
    string DiagnosticSummary,
    bool HasErrorDiagnostics,
    bool Shortened,
    string StatusContext,
    string? RunUrl,
    string? RepositoryUrl,
    string? HeadSha,
    string? ShortSha,
    string? CommitUrl,
    string RunName,
    IReadOnlyList<WaivedModel> Waived,
    int WaivedCount);
