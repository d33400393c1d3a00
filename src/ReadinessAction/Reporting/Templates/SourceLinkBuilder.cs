namespace ReadinessAction.Reporting.Templates;

/// <summary>
/// Builds links to repository files at the head commit, in the host's form, and to the run. Returns null rather than a wrong link: no
/// repository or SHA, a non-http(s) URL, credentials in the URL, or a path that is absolute or leaves the repository.
/// </summary>
internal sealed class SourceLinkBuilder
{

    public SourceLinkBuilder(string? repositoryUrl, string? headSha, ReportDialect? dialect = null)
    {
        Dialect = dialect ?? ReportDialect.GitHub;
        var repository = WebUrl(repositoryUrl);
        RepositoryUrl = repository is null || repository.Contains('?', StringComparison.Ordinal) || repository.Contains('#', StringComparison.Ordinal)
            ? null
            : repository.TrimEnd('/');
        HeadSha = string.IsNullOrWhiteSpace(headSha) ? null : headSha.Trim();
        if (RepositoryUrl is not null && HeadSha is not null)
        {
            CommitUrl = Dialect.CommitUrl(RepositoryUrl, Uri.EscapeDataString(HeadSha));
        }
    }

    /// <summary>The host whose links these are; its mention rules escape the text around them too.</summary>
    public ReportDialect Dialect { get; }

    public string? RepositoryUrl { get; }

    public string? HeadSha { get; }

    public string? CommitUrl { get; }

    public string? ForFile(string path, int? line = null)
    {
        if (RepositoryUrl is null || HeadSha is null)
        {
            return null;
        }

        var segments = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || Path.IsPathRooted(path) || segments.Any(s => s is ".." || s.EndsWith(':')))
        {
            return null;
        }

        var relative = string.Join('/', segments.Where(s => s != ".").Select(Uri.EscapeDataString));
        return Dialect.FileUrl(RepositoryUrl, Uri.EscapeDataString(HeadSha), relative, line);
    }

    /// <summary>An absolute http(s) URL without credentials, safe inside a Markdown link destination; otherwise null.</summary>
    public static string? WebUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)
            || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.UserInfo.Length > 0)
        {
            return null;
        }

        return uri.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)
            .Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal);
    }
}
