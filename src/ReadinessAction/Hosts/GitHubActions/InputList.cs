namespace ReadinessAction.Hosts.GitHubActions;

/// <summary>Splits a list input: one item a line, or comma-separated (commas inside <c>{a,b}</c> globs are kept).</summary>
internal static class InputList
{
    public static IReadOnlyList<string> Split(string? value)
    {
        if (value is null)
        {
            return [];
        }

        var items = new List<string>();
        var current = new System.Text.StringBuilder();
        var depth = 0;
        foreach (var c in value)
        {
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && depth > 0)
            {
                depth--;
            }

            if (c is '\n' or '\r' || (c == ',' && depth == 0))
            {
                Flush();
            }
            else
            {
                current.Append(c);
            }
        }

        Flush();
        return items;

        void Flush()
        {
            var item = current.ToString().Trim();
            if (item.Length > 0)
            {
                items.Add(item);
            }

            current.Clear();
        }
    }
}
