using System.Text;

namespace ReadinessAction.Evidence.Coverage;

/// <summary>File paths as reports name them, made comparable: forward slashes, no "./" segments, no doubled slashes.</summary>
public static class CoveragePath
{
    public static string Normalize(string path) => IsNormal(path) ? path : Rebuild(path);

    /// <summary>Rooted on any platform: "/x", "//server/x", "C:/x" or "C:\x".</summary>
    public static bool IsAbsolute(string path)
    {
        var text = path.TrimStart();
        return text.StartsWith('/') || text.StartsWith('\\')
            || (text.Length >= 3 && char.IsAsciiLetter(text[0]) && text[1] == ':' && text[2] is '/' or '\\');
    }

    /// <summary>The path under a base directory, unless the path is already absolute or the base is blank.</summary>
    public static string Resolve(string? baseDirectory, string path) =>
        IsAbsolute(path) || string.IsNullOrWhiteSpace(baseDirectory)
            ? Normalize(path)
            : Normalize(baseDirectory.Trim() + "/" + path);

    /// <summary>What <see cref="Rebuild"/> would give back unchanged, as most reports' paths are: no space at either
    /// end, no backslash, no empty or "." segment (a leading "/" aside). One loop, no allocation: a report names
    /// tens of thousands of files.</summary>
    private static bool IsNormal(string path)
    {
        if (path.Length == 0 || char.IsWhiteSpace(path[0]) || char.IsWhiteSpace(path[^1]))
        {
            return false;
        }

        var segmentStart = path[0] == '/' ? 1 : 0;
        for (var at = segmentStart; at <= path.Length; at++)
        {
            var c = at < path.Length ? path[at] : '/';
            if (c == '\\')
            {
                return false;
            }

            if (c == '/')
            {
                var length = at - segmentStart;
                if (length == 0 || (length == 1 && path[segmentStart] == '.'))
                {
                    return false;
                }

                segmentStart = at + 1;
            }
        }

        return true;
    }

    private static string Rebuild(string path)
    {
        var text = path.Trim().Replace('\\', '/');
        var unc = text.StartsWith("//", StringComparison.Ordinal);
        var builder = new StringBuilder(text.Length);
        foreach (var segment in text.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            builder.Append(builder.Length == 0 ? "" : "/").Append(segment);
        }

        var prefix = unc ? "//" : text.StartsWith('/') ? "/" : "";
        return prefix + builder;
    }
}
