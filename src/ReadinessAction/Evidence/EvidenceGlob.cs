using ReadinessAction.Diagnostics;
using ReadinessAction.Workspace;

namespace ReadinessAction.Evidence;

/// <summary>One artifact glob as the user gave it, with the option it came from and the kind of artifact it expects.</summary>
internal sealed record EvidenceGlob(string Option, ArtifactKind Kind, GlobPattern Pattern)
{
    public static IEnumerable<EvidenceGlob> ParseAll(string option, ArtifactKind kind, IEnumerable<string> globs)
    {
        ArgumentNullException.ThrowIfNull(globs);
        foreach (var glob in globs)
        {
            var normalized = glob.Replace('\\', '/').Trim();
            if (Path.IsPathRooted(glob) || normalized.StartsWith('/') || normalized.Split('/').Contains(".."))
            {
                throw new ReadinessUsageException($"{option} '{glob}': globs are relative to the workspace and may not leave it");
            }

            yield return new EvidenceGlob(option, kind, Parse(option, glob));
        }
    }

    private static GlobPattern Parse(string option, string glob)
    {
        try
        {
            return GlobPattern.Parse(glob);
        }
        catch (FormatException e)
        {
            throw new ReadinessUsageException($"{option} '{glob}': {e.Message}", e);
        }
    }

    public override string ToString() => $"{Option} '{Pattern.Text}'";
}
