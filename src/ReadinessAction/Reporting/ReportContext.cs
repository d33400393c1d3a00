namespace ReadinessAction.Reporting;

/// <summary>Where a report is shown: links back to the repository, the commit and the run that made it.</summary>
public sealed record ReportContext(string? RepositoryUrl, string? HeadSha, string? RunUrl, string StatusContext);
