namespace ReadinessAction.Configuration;

/// <summary>
/// Splits a list given as one string (an environment variable, an Action input, an option value) on newlines and on
/// commas outside braces, so that the glob <c>**/*.{xml,info}</c> stays one item.
/// </summary>
internal static class ListValueSplitter
{
    public static IEnumerable<string> Split(string value)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : '\n';
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && depth > 0)
            {
                depth--;
            }
            else if (c is '\n' or '\r' || (c == ',' && depth == 0))
            {
                var item = value[start..i].Trim();
                if (item.Length > 0)
                {
                    yield return item;
                }

                start = i + 1;
            }
        }
    }
}
