using System.Globalization;
using System.Text.RegularExpressions;

namespace ReadinessAction.Tests.RealProducers;

/// <summary>Reads the summary lines that dotnet test, jest and c8 print on the console.</summary>
public static partial class ProducerOutputParser
{
    /// <summary><c>Failed!  - Failed:     1, Passed:    18, Skipped:     1, Total:    20, Duration: ...</c></summary>
    public static PrintedTestTotals ParseDotnetTest(string output)
    {
        var match = DotnetSummary().Matches(StripAnsi(output)).LastOrDefault()
            ?? throw new FormatException("dotnet test printed no 'Failed: x, Passed: y, Skipped: z, Total: n' line:\n" + Tail(output));
        int Number(string name) => int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
        return new PrintedTestTotals(Number("total"), Number("passed"), Number("failed"), Number("skipped"));
    }

    /// <summary>The coverage file dotnet test lists under <c>Attachments:</c> (the TRX logger keeps a second copy).</summary>
    public static string ParseDotnetCoverageAttachment(string output) =>
        DotnetCoverageAttachment().Matches(StripAnsi(output)).LastOrDefault()?.Groups["path"].Value.Trim()
            ?? throw new FormatException("dotnet test listed no coverage.cobertura.xml attachment:\n" + Tail(output));

    /// <summary><c>Tests:       1 failed, 2 skipped, 9 passed, 12 total</c> (jest leaves out zero counts).</summary>
    public static PrintedTestTotals ParseJest(string output)
    {
        var line = JestSummary().Matches(StripAnsi(output)).LastOrDefault()
            ?? throw new FormatException("jest printed no 'Tests: ... total' line:\n" + Tail(output));
        var counts = JestCount().Matches(line.Groups["counts"].Value)
            .ToDictionary(m => m.Groups["kind"].Value, m => int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture));
        int Count(string kind) => counts.GetValueOrDefault(kind);
        return new PrintedTestTotals(Count("total"), Count("passed"), Count("failed"), Count("skipped") + Count("todo"));
    }

    /// <summary>c8's text-summary line <c>Lines        : 68.62% ( 70/102 )</c>.</summary>
    public static PrintedLineCoverage ParseC8Lines(string output)
    {
        var match = C8Lines().Matches(StripAnsi(output)).LastOrDefault()
            ?? throw new FormatException("c8 printed no 'Lines : xx.xx% ( a/b )' line:\n" + Tail(output));
        return new PrintedLineCoverage(
            double.Parse(match.Groups["percent"].Value, CultureInfo.InvariantCulture),
            long.Parse(match.Groups["covered"].Value, CultureInfo.InvariantCulture),
            long.Parse(match.Groups["valid"].Value, CultureInfo.InvariantCulture));
    }

    private static string StripAnsi(string text) => Ansi().Replace(text, "");

    private static string Tail(string output) => output.Length <= 2000 ? output : output[^2000..];

    [GeneratedRegex(@"(?:Passed|Failed)!\s+-\s+Failed:\s+(?<failed>\d+),\s+Passed:\s+(?<passed>\d+),\s+Skipped:\s+(?<skipped>\d+),\s+Total:\s+(?<total>\d+)")]
    private static partial Regex DotnetSummary();

    [GeneratedRegex(@"^[ \t]+(?<path>\S.*coverage\.cobertura\.xml)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex DotnetCoverageAttachment();

    [GeneratedRegex(@"^[ \t]*Tests:\s+(?<counts>.*\btotal)\s*$", RegexOptions.Multiline)]
    private static partial Regex JestSummary();

    [GeneratedRegex(@"(?<n>\d+) (?<kind>failed|skipped|todo|passed|total)")]
    private static partial Regex JestCount();

    [GeneratedRegex(@"^[ \t]*Lines\s*:\s*(?<percent>\d+(?:\.\d+)?)%\s*\(\s*(?<covered>\d+)/(?<valid>\d+)\s*\)", RegexOptions.Multiline)]
    private static partial Regex C8Lines();

    [GeneratedRegex(@"\x1B\[[0-9;]*[A-Za-z]")]
    private static partial Regex Ansi();
}
