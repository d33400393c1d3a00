namespace ReadinessAction.Evidence;

/// <summary>
/// Shares equal strings (class and suite names repeat on every test case), so a million test records do not hold a
/// million copies of the same class name. Bounded: beyond its capacity strings are returned as they are.
/// </summary>
public sealed class StringPool
{
    private const int Capacity = 50_000;
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    public string Share(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (_strings.TryGetValue(value, out var shared))
        {
            return shared;
        }

        if (_strings.Count < Capacity)
        {
            _strings[value] = value;
        }

        return value;
    }
}
