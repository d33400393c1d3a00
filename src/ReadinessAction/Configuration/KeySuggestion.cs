namespace ReadinessAction.Configuration;

/// <summary>"Did you mean": the known key closest to a misspelt one, when it is close enough to be a typo.</summary>
internal static class KeySuggestion
{
    public static string? Closest(string key, IEnumerable<string> known)
    {
        var typed = key.Trim().ToLowerInvariant().Replace('-', '_');
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Distance(typed, candidate);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        var allowed = Math.Max(1, Math.Min(3, (best?.Length ?? 0) / 3));
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>"unknown key 'x' in 'gate' (did you mean 'y'?)".</summary>
    public static string UnknownKey(string key, IReadOnlyList<string> parentPath, IEnumerable<string> known)
    {
        var knownKeys = known.ToList();
        var where = parentPath.Count == 0 ? string.Empty : $" in '{ConfigurationSchema.Display(parentPath)}'";
        var hint = Closest(key, knownKeys) is { } suggestion
            ? $" (did you mean '{suggestion}'?)"
            : $" (known keys: {string.Join(", ", knownKeys)})";
        return $"unknown key '{key}'{where}{hint}";
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
