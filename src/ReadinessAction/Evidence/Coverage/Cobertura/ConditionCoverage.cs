using System.Globalization;

namespace ReadinessAction.Evidence.Coverage.Cobertura;

/// <summary>
/// A &lt;line&gt;'s condition-coverage, "50% (1/2)": the first "(covered/valid)" in it, spaces allowed around the
/// numbers (the regular expression <c>\(\s*(\d+)\s*/\s*(\d+)\s*\)</c>, matched by hand: a tenth of a large report's
/// lines have one). Anything else gives no branches.
/// </summary>
internal static class ConditionCoverage
{
    /// <summary>The branches, covered ones at most as many; (0, 0) when there is no fraction or a number does not fit.</summary>
    public static (int Valid, int Covered) Parse(string? text)
    {
        if (text is null)
        {
            return (0, 0);
        }

        if (PlainFraction(text) is { } plain)
        {
            return plain;
        }

        for (var open = text.IndexOf('(', StringComparison.Ordinal); open >= 0; open = text.IndexOf('(', open + 1))
        {
            var rest = text.AsSpan(open + 1);
            if (Fraction(rest) is { } fraction)
            {
                if (!int.TryParse(rest[fraction.Covered], NumberStyles.None, CultureInfo.InvariantCulture, out var covered)
                    || !int.TryParse(rest[fraction.Valid], NumberStyles.None, CultureInfo.InvariantCulture, out var valid))
                {
                    return (0, 0);
                }

                return (valid, Math.Min(covered, valid));
            }
        }

        return (0, 0);
    }

    /// <summary>The form producers write, "(covered/valid)" at the first "(" with up to 9 ASCII digits each and no
    /// spaces, in one loop of its own; null for anything else, which the general parse then reads.</summary>
    private static (int Valid, int Covered)? PlainFraction(string text)
    {
        var at = 0;
        while (at < text.Length && text[at] != '(')
        {
            at++;
        }

        at++;
        var covered = PlainNumber(text, ref at);
        if (covered < 0 || at >= text.Length || text[at] != '/')
        {
            return null;
        }

        at++;
        var valid = PlainNumber(text, ref at);
        if (valid < 0 || at >= text.Length || text[at] != ')')
        {
            return null;
        }

        return (valid, Math.Min(covered, valid));
    }

    /// <summary>1 to 9 ASCII digits at the position (moved past them), or -1.</summary>
    private static int PlainNumber(string text, ref int at)
    {
        var value = 0;
        var start = at;
        while (at < text.Length && at - start < 9 && (uint)(text[at] - '0') <= 9)
        {
            value = (value * 10) + (text[at] - '0');
            at++;
        }

        return at > start ? value : -1;
    }

    /// <summary>Where the digits of "covered / valid )" at the start of the text (after its "(") are, or null.</summary>
    private static (Range Covered, Range Valid)? Fraction(ReadOnlySpan<char> text)
    {
        var at = 0;
        if (Digits(text, ref at) is not { } covered || !Expect(text, ref at, '/') || Digits(text, ref at) is not { } valid || !Expect(text, ref at, ')'))
        {
            return null;
        }

        return (covered, valid);
    }

    /// <summary>Spaces, then one or more digits (any script, as \d): where the digits are.</summary>
    private static Range? Digits(ReadOnlySpan<char> text, ref int at)
    {
        SkipSpaces(text, ref at);
        var start = at;
        while (at < text.Length && char.IsDigit(text[at]))
        {
            at++;
        }

        return at > start ? start..at : null;
    }

    /// <summary>Spaces, then the character.</summary>
    private static bool Expect(ReadOnlySpan<char> text, ref int at, char expected)
    {
        SkipSpaces(text, ref at);
        if (at < text.Length && text[at] == expected)
        {
            at++;
            return true;
        }

        return false;
    }

    private static void SkipSpaces(ReadOnlySpan<char> text, ref int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }
    }
}
