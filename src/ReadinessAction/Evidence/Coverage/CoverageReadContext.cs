using System.Globalization;
using System.Runtime.CompilerServices;
using System.Xml;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.Coverage;

/// <summary>
/// What one coverage reader accumulates for one file: the line maps, what the report declares about itself,
/// and its diagnostics (capped per code so a huge broken file cannot flood the run).
/// </summary>
public sealed class CoverageReadContext
{
    private const int MaxWarningsPerCode = 5;

    private readonly Dictionary<string, int> _warningCounts = new(StringComparer.Ordinal);

    public CoverageReadContext(string path, DiagnosticBag diagnostics)
    {
        Path = path;
        Diagnostics = diagnostics;
    }

    public string Path { get; }

    public DiagnosticBag Diagnostics { get; }

    public CoverageSetBuilder Coverage { get; } = new();

    /// <summary>Totals the report claims for itself (root attributes, summary records); null parts are not claimed.</summary>
    public CoverageTotalsClaim? Declared { get; set; }

    public void Warn(string code, string message, int? line)
    {
        _warningCounts.TryGetValue(code, out var seen);
        var count = _warningCounts[code] = seen + 1;
        if (count <= MaxWarningsPerCode)
        {
            Diagnostics.Warning(code, message, Path, line);
        }
    }

    public void Warn(string code, string message, XmlReader xml) => Warn(code, message, LineOf(xml));

    public void Error(string code, string message, int? line = null) => Diagnostics.Error(code, message, Path, line);

    public static int? LineOf(XmlReader xml) =>
        xml is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    /// <summary>Reads a counter attribute (integer or float, 64-bit, not negative). A bad value, or a missing one
    /// when required, is warned about and gives null; the caller skips or ignores it.</summary>
    public long? Count(XmlReader xml, string attribute, bool required = true) =>
        Count(xml, attribute, xml.GetAttribute(attribute), required);

    /// <summary>The same for an attribute value already read (readers that take a hot element's attributes in one pass).
    /// Plain digits, nearly every value of a large report, are read inline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long? Count(XmlReader xml, string attribute, string? text, bool required = true) =>
        XmlNumbers.PlainDigits(text) is var plain and >= 0 ? plain : CountAny(xml, attribute, text, required);

    private long? CountAny(XmlReader xml, string attribute, string? text, bool required)
    {
        if (text is null && !required)
        {
            return null;
        }

        if (XmlNumbers.ParseLong(text) is not { } value || value < 0)
        {
            Warn(CoverageDiagnosticCodes.BadRecord, $"<{xml.LocalName}> has {Describe(attribute, text)}; ignored", xml);
            return null;
        }

        return value;
    }

    /// <summary>The evidence read, or null with a "no data" warning when no coverable line was found.</summary>
    public ArtifactEvidence? Finish(string format, string emptyReason)
    {
        foreach (var (code, count) in _warningCounts)
        {
            if (count > MaxWarningsPerCode)
            {
                Diagnostics.Warning(code, $"{count - MaxWarningsPerCode} more {code} warnings like the ones above", Path);
            }
        }

        if (Coverage.IsEmpty)
        {
            var claim = Declared is { LinesValid: > 0 } ? $"; the {Declared.LinesCovered}/{Declared.LinesValid} lines its summary declares are not evidence without them" : "";
            Diagnostics.Warning(CoverageDiagnosticCodes.NoData, $"{format} report holds no coverage data ({emptyReason}){claim}", Path);
            return null;
        }

        var set = Coverage.Build();
        Declared?.Check(set.Totals, this);
        return new ArtifactEvidence(Path, ArtifactKind.Coverage, format, null, set);
    }

    private static string Describe(string attribute, string? text) =>
        text is null ? $"no {attribute}" : string.Create(CultureInfo.InvariantCulture, $"{attribute}=\"{Truncate(text)}\"");

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
