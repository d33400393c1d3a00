using System.Text;

namespace ReadinessAction.Evidence.Coverage;

/// <summary>File paths as reports name them, made comparable: forward slashes, no "./" segments, no doubled slashes.</summary>
public static class CoveragePath
{
    public static string Normalize(string path)
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
}
