using ReadinessAction.Claims;
using ReadinessAction.Evidence;
using ReadinessAction.Workspace;

namespace ReadinessAction.Verification;

/// <summary>file_exists against the workspace: a path, a bare file name found anywhere, or a glob. Never outside it.</summary>
public static class FileExistsVerifier
{
    public static Verdict Verify(Claim claim, RepositoryFacts facts) => Decide(claim, facts).RestingOn(VerdictBasis.Repository);

    private static Verdict Decide(Claim claim, RepositoryFacts facts)
    {
        var path = claim.Claimed.Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path[2..];
        }

        if (Path.IsPathRooted(path) || path.Split('/').Contains(".."))
        {
            return new Verdict(claim, ClaimStatus.Unverifiable, null, $"“{claim.Claimed}” points outside the workspace; it was not looked at");
        }

        var glob = GlobPattern.Parse(path.Contains('/', StringComparison.Ordinal) ? path : "**/" + path);
        var found = glob.IsLiteral && facts.Files.Contains(path) ? [path]
            : facts.Files.Where(glob.IsMatch).Order(StringComparer.Ordinal).ToList();
        if (found.Count == 0 && facts.Directories.Contains(path.TrimEnd('/')))
        {
            found = [path];
        }

        var holds = found.Count > 0;
        var evidence = holds
            ? found.Count == 1 ? $"{found[0]} exists in the workspace" : $"{found.Count} files match, e.g. {found[0]}"
            : path.Contains('/', StringComparison.Ordinal) ? $"no file {path} in the workspace" : $"no file named {path} anywhere in the workspace";
        return new Verdict(claim, Judgement.Holds(claim, holds), holds ? $"{found.Count} found" : "missing", evidence);
    }
}
