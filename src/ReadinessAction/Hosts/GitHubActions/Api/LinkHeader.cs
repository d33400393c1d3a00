using System.Text.RegularExpressions;

namespace ReadinessAction.Hosts.GitHubActions.Api;

/// <summary>Reads the <c>rel="next"</c> page of a paginated answer (RFC 8288 Link header).</summary>
internal static partial class LinkHeader
{
    /// <summary>
    /// The next page, or null on the last one. A link to another origin is not followed: the token would go there.
    /// </summary>
    public static Uri? Next(HttpResponseMessage response, Uri apiBase)
    {
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (Match match in LinkPattern().Matches(string.Join(",", values)))
        {
            if (match.Groups["rel"].Value.Split(' ').Contains("next", StringComparer.OrdinalIgnoreCase)
                && Uri.TryCreate(apiBase, match.Groups["url"].Value, out var next))
            {
                return Uri.Compare(next, apiBase, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
                    ? next
                    : throw new GitHubApiException($"GitHub answered a next-page link to another host ({next.Host}); the token is not sent there", response.StatusCode);
            }
        }

        return null;
    }

    [GeneratedRegex(@"<(?<url>[^>]+)>\s*;\s*rel=""(?<rel>[^""]+)""", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LinkPattern();
}
