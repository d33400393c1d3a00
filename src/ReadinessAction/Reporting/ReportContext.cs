namespace ReadinessAction.Reporting;

/// <summary>
/// Where a report is shown. Checklist lines link to the file at the head commit in the host's form (GitHub:
/// <c>{RepositoryUrl}/blob/{HeadSha}/{path}#L{line}</c>); without a repository URL or head SHA the report has no links.
/// StatusContext names the check (and the comment marker); Dialect is the host's limits, links and callouts.
/// </summary>
public sealed record ReportContext(string? RepositoryUrl, string? HeadSha, string? RunUrl, string StatusContext)
{
    public ReportDialect Dialect { get; init; } = ReportDialect.GitHub;

    /// <summary>No repository, no run: plain text locations (the local CLI).</summary>
    public static ReportContext Local { get; } = new(null, null, null, "readiness");
}
