using System.Text.Json;

using ReadinessAction.Workspace;

namespace ReadinessAction.Evidence.Settings;

/// <summary>
/// Reads the settings of <see cref="SettingCatalog"/> from the workspace's configuration files (JSON with comments and
/// trailing commas, as tsconfig.json is), following <c>extends</c> — a relative path or a package under node_modules,
/// one or a list, a later base overriding an earlier one and the file itself overriding all. Reads go through the
/// workspace guard; a file or base that cannot be read is a problem of that fact, never an exception.
/// </summary>
public static class SettingFactsReader
{
    private const int MaxFilesPerSetting = 200;
    private const int MaxChain = 16;
    private const long MaxBytes = 1024 * 1024;

    private static readonly JsonDocumentOptions Jsonc = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };

    public static IReadOnlyList<SettingFact> Read(WorkspaceFileGuard guard, IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(guard);
        var listed = files.Order(StringComparer.Ordinal).ToList();
        var facts = new List<SettingFact>();
        foreach (var setting in SettingCatalog.All)
        {
            foreach (var path in listed.Where(f => setting.Files.Any(g => g.IsMatch(f))).Take(MaxFilesPerSetting))
            {
                var (value, from, problem) = Resolve(guard, setting, path, []);
                facts.Add(new SettingFact(setting, path, value, from, problem));
            }
        }

        return facts;
    }

    private static (string? Value, string? From, string? Problem) Resolve(WorkspaceFileGuard guard, Setting setting, string path, HashSet<string> seen)
    {
        if (!seen.Add(path) || seen.Count > MaxChain)
        {
            return (null, null, $"{path}: its extends chain loops or is longer than {MaxChain} files");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(guard.ReadAllBytes(path, MaxBytes), Jsonc);
        }
        catch (IOException e)
        {
            return (null, null, e.Message);
        }
        catch (JsonException e)
        {
            return (null, null, $"{path}:{(e.LineNumber ?? 0) + 1}: not valid JSON");
        }

        using (document)
        {
            if (Lookup(document.RootElement, setting.KeyPath) is { } own)
            {
                return (own, path, null);
            }

            (string? Value, string? From, string? Problem) inherited = (null, null, null);
            foreach (var reference in Extends(document.RootElement))
            {
                var resolved = BasePath(guard, path, reference);
                var result = resolved is null
                    ? (null, null, $"{path}: extends '{reference}', which is not a file in the workspace")
                    : Resolve(guard, setting, resolved, seen);
                inherited = result.Problem is not null || result.Value is not null ? result : inherited;
            }

            return inherited;
        }
    }

    private static string? Lookup(JsonElement element, IReadOnlyList<string> keyPath)
    {
        foreach (var key in keyPath)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(key, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText();
    }

    private static List<string> Extends(JsonElement root) =>
        root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("extends", out var extends) ? []
        : extends.ValueKind == JsonValueKind.String ? [extends.GetString()!]
        : extends.ValueKind == JsonValueKind.Array ? [.. extends.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
        : [];

    /// <summary>"./base", "../tsconfig.base.json" beside the file; "@tsconfig/node20/tsconfig.json" or "pkg" in a node_modules above it.</summary>
    private static string? BasePath(WorkspaceFileGuard guard, string path, string reference)
    {
        var folder = Path.GetDirectoryName(path)?.Replace('\\', '/') ?? "";
        IEnumerable<string> candidates = reference.StartsWith('.')
            ? [Path.Combine(folder, reference)]
            : Ancestors(folder).Select(a => Path.Combine(a, "node_modules", reference));
        return candidates
            .SelectMany(c => new[] { c, c + ".json", Path.Combine(c, "tsconfig.json") })
            .Select(c => Path.GetRelativePath(guard.Root, Path.GetFullPath(c, guard.Root)).Replace('\\', '/'))
            .FirstOrDefault(c => !c.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(c) && File.Exists(Path.Combine(guard.Root, c)));
    }

    private static IEnumerable<string> Ancestors(string folder)
    {
        for (var current = folder; ; current = Path.GetDirectoryName(current)?.Replace('\\', '/') ?? "")
        {
            yield return current;
            if (current.Length == 0)
            {
                yield break;
            }
        }
    }
}
