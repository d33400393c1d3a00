using System.Text.RegularExpressions;

using ReadinessAction.Claims.Lines;

namespace ReadinessAction.Claims.Recognizers;

/// <summary>
/// "- **src\loader\csv.js:** untested_module", "- `api/routes.py` – not covered": a file that no test covers, a
/// coverage claim of 0% scoped to that file.
/// </summary>
public sealed partial class UntestedFileRecognizer : IClaimRecognizer
{
    [GeneratedRegex(@"^\s*[:：\-–—]?\s*" + TermPatterns.UntestedWords, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Untested { get; }

    public void Recognize(ClaimCollector collector)
    {
        var source = collector.Source;
        if (source.Origin is ClaimOrigin.Heading or ClaimOrigin.TableRow)
        {
            return;
        }

        var key = Key().Match(source.Text);
        if (!key.Success)
        {
            return;
        }

        var path = key.Groups["path"].Value.Replace('\\', '/');
        var rest = source.Text[(key.Index + key.Length)..];
        var untested = Untested.Match(rest);
        if (!untested.Success || !FileReferenceRecognizer.IsFilePath(path, backticked: true))
        {
            return;
        }

        var start = key.Index + key.Length + untested.Index;
        var end = start + untested.Length;
        var zero = new Quantity(QuantityShape.Percent, 0, Comparison.Exactly, start, end, untested.Value.Trim(' ', ':', '-'));
        collector.Add(collector.New(ClaimKind.Coverage, zero.Raw, start, end) with { Value = zero, ScopePaths = [path], Subject = path });
    }

    /// <summary>The line opens with a path, bare or in backticks, as its key.</summary>
    [GeneratedRegex(@"^[^\p{L}\d`.\\/]*`?(?<path>[\w.\\/-]+\.[A-Za-z]{1,5})`?")]
    private static partial Regex Key();
}
