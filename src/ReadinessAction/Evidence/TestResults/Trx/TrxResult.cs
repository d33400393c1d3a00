using System.Globalization;
using System.Xml;

namespace ReadinessAction.Evidence.TestResults.Trx;

/// <summary>One run of a test (a <c>UnitTestResult</c> or a data row inside one), as read from its attributes.</summary>
internal readonly record struct TrxResult(string TestId, string ExecutionId, string Name, string OutcomeText, TestOutcome? Outcome, double? DurationSeconds)
{
    /// <summary>
    /// Reads one result element whole into <paramref name="cases"/>. A data-driven test's result holds the results of
    /// its data rows (InnerResults): each row is a run of that test, as the runner's summary counts it, and the parent
    /// is not a run of its own.
    /// </summary>
    /// <param name="attributes"><see cref="Attributes"/>, atomized in the reader's name table so that they match by reference.</param>
    public static void Read(XmlReader xml, TrxCases cases, XmlAttributeNames attributes)
    {
        var result = ReadAttributes(xml, attributes);
        if (xml.IsEmptyElement)
        {
            xml.Skip();
            cases.Add(result);
            return;
        }

        // The descendants are walked by depth rather than through ReadSubtree(), which costs a reader per result.
        List<(int Depth, TrxResult Result, bool HasInner)>? rows = null;
        var depth = xml.Depth;
        xml.Read();
        while (xml.Depth > depth && !xml.EOF)
        {
            var name = xml.NodeType == XmlNodeType.Element ? xml.LocalName : "";
            if (name == "InnerResults" && rows is not null && LastRowAt(rows, xml.Depth - 1) is var owner and >= 0)
            {
                rows[owner] = rows[owner] with { HasInner = true };
            }
            else if (name.EndsWith("TestResult", StringComparison.Ordinal))
            {
                var row = ReadAttributes(xml, attributes);
                (rows ??= []).Add((xml.Depth, row.TestId == result.TestId ? row with { Name = result.Name } : row, false));
            }
            else if (name is "Output" or "ResultFiles")
            {
                // What a result printed or attached holds no result: passed over without reading it node by node.
                xml.Skip();
                continue;
            }

            xml.Read();
        }

        // On the end tag: step past it.
        xml.Read();
        var added = false;
        for (var i = 0; i < (rows?.Count ?? 0); i++)
        {
            if (!rows![i].HasInner)
            {
                cases.Add(rows[i].Result);
                added = true;
            }
        }

        if (!added)
        {
            cases.Add(result);
        }
    }

    private static int LastRowAt(List<(int Depth, TrxResult Result, bool HasInner)> rows, int depth)
    {
        for (var i = rows.Count - 1; i >= 0; i--)
        {
            if (rows[i].Depth == depth)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The attributes of a result <see cref="Read"/> takes, in the order it reads their values.</summary>
    public static readonly string[] Attributes = ["outcome", "testId", "executionId", "testName", "duration"];

    private static TrxResult ReadAttributes(XmlReader xml, XmlAttributeNames attributes)
    {
        var values = XmlAttributeValues.Read(xml, attributes);

        // A missing outcome is how the TRX schema says the run broke before the test reported.
        var outcome = values[0] ?? "Error";
        return new TrxResult(
            values[1] ?? "",
            values[2] ?? "",
            values[3] ?? "",
            outcome,
            Map(outcome),
            Seconds(values[4]));
    }

    /// <summary>A duration as TimeSpan.TryParse reads it, the form VSTest writes ("00:00:01.2345678") read without it.</summary>
    internal static double? Seconds(string? duration)
    {
        if (duration is { Length: >= 8 and <= 16 } text && text[2] == ':' && text[5] == ':'
            && Digits(text.AsSpan(0, 2)) is { } hours and < 24 && Digits(text.AsSpan(3, 2)) is { } minutes and < 60
            && Digits(text.AsSpan(6, 2)) is { } seconds and < 60
            && (text.Length == 8 ? 0 : text[8] == '.' && text.Length > 9 ? Digits(text.AsSpan(9)) : null) is { } fraction)
        {
            var ticks = ((((hours * 60) + minutes) * 60) + seconds) * TimeSpan.TicksPerSecond;
            if (text.Length > 8)
            {
                // ".5" is half a second: the fraction's digits are scaled up to seven (ticks).
                for (var digits = text.Length - 9; digits < 7; digits++)
                {
                    fraction *= 10;
                }

                ticks += fraction;
            }

            return new TimeSpan(ticks).TotalSeconds;
        }

        return TimeSpan.TryParse(duration, CultureInfo.InvariantCulture, out var parsed) ? parsed.TotalSeconds : null;
    }

    private static long? Digits(ReadOnlySpan<char> text)
    {
        long value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    // Looked up without lower-casing a copy of every result's outcome.
    private static readonly TestStatusTable Outcomes = TestStatusTable.Of(
        passed: "Passed PassedButRunAborted Warning",
        failed: "Failed",
        skipped: "NotExecuted NotRunnable Inconclusive Pending InProgress Completed",
        errors: "Error Timeout Aborted Disconnected",
        ignoreCase: true);

    private static TestOutcome? Map(string outcome) => Outcomes.TryGet(outcome.Trim(), out var known) ? known : null;
}
