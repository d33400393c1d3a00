using System.Runtime.CompilerServices;
using System.Xml;

namespace ReadinessAction.Evidence.Coverage.Clover;

/// <summary>
/// Clover XML from OpenClover (Java, Groovy) and istanbul. Statement and condition &lt;line&gt;s are coverable;
/// "method" lines are signatures and are not. Only &lt;project&gt; is read: &lt;testproject&gt; is the coverage of
/// the tests' own sources. The &lt;metrics&gt; count statements, not lines, so they are not checked against lines.
/// </summary>
public sealed class CloverReader : XmlCoverageReader
{
    public override string Format => "clover";

    protected override string EmptyReason => "no statement or condition <line> in any <file> of the <project>";

    public override bool CanRead(ArtifactSniff sniff) =>
        sniff.XmlRoot == "coverage"
        && (sniff.XmlRootAttributes.ContainsKey("clover") || sniff.XmlFirstChild is "project" or "testproject");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // per record: see XmlCoverageReader.ReadDocument
    protected override void ReadDocument(XmlReader xml, CoverageReadContext context)
    {
        var names = new CloverNames(xml.NameTable);
        string? package = null;
        string? file = null;
        xml.Read();
        while (!xml.EOF)
        {
            var type = xml.NodeType;
            if (type == XmlNodeType.Element)
            {
                var name = xml.LocalName;
                if ((object)name == names.Line)
                {
                    if (file is not null)
                    {
                        ReadLine(xml, file, names, context);
                    }
                }
                else if ((object)name == names.TestProject)
                {
                    // Skip() lands on the next node already, so the loop must not Read() again.
                    xml.Skip();
                    continue;
                }
                else if ((object)name == names.Package)
                {
                    package = xml.GetAttribute("name");
                }
                else if ((object)name == names.File)
                {
                    file = FilePath(package, xml.GetAttribute("name"), xml.GetAttribute("path"));
                }
            }
            else if (type == XmlNodeType.EndElement && (object)xml.LocalName == names.Package)
            {
                package = null;
            }

            xml.Read();
        }
    }

    /// <summary>The path attribute when given, else the name, under its package's folder when the name has none.</summary>
    private static string FilePath(string? package, string? name, string? path)
    {
        if (!string.IsNullOrWhiteSpace(path))
        {
            return CoveragePath.Normalize(path);
        }

        var fileName = string.IsNullOrWhiteSpace(name) ? "(unnamed)" : name;
        return fileName.Contains('/', StringComparison.Ordinal) || fileName.Contains('\\', StringComparison.Ordinal) || string.IsNullOrEmpty(package)
            ? CoveragePath.Normalize(fileName)
            : CoveragePath.Normalize(package.Replace('.', '/') + "/" + fileName);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // per record: see XmlCoverageReader.ReadDocument
    private static void ReadLine(XmlReader xml, string file, CloverNames names, CoverageReadContext context)
    {
        var values = XmlAttributeValues.Read(xml, names.LineAttributes);
        var type = values[0];
        if (type is not ("stmt" or "cond"))
        {
            return;
        }

        if (XmlNumbers.ParseInt(values[1]) is not { } number || number < 1)
        {
            context.Warn(CoverageDiagnosticCodes.BadRecord, $"<line> has no valid num (\"{values[1]}\"); skipped", xml);
            return;
        }

        var count = context.Count(xml, "count", values[2], required: type == "stmt");
        if (type == "stmt")
        {
            if (count is { } hits)
            {
                context.Coverage.AddLine(file, number, new LineHits(hits, 0, 0));
            }

            return;
        }

        var trueCount = context.Count(xml, "truecount", values[3], required: false) ?? 0;
        var falseCount = context.Count(xml, "falsecount", values[4], required: false) ?? 0;
        context.Coverage.AddLine(file, number, Condition(count, trueCount, falseCount));
    }

    /// <summary>
    /// Two producers, two meanings. istanbul writes count (line hits) with truecount = branches covered and
    /// falsecount = branches not covered. OpenClover writes no count, and truecount/falsecount are how often the
    /// condition was true/false: two branches, each covered when it happened.
    /// </summary>
    private static LineHits Condition(long? count, long trueCount, long falseCount)
    {
        if (count is { } hits)
        {
            var branches = (int)Math.Min(int.MaxValue, trueCount + falseCount);
            return new LineHits(hits, branches, (int)Math.Min(branches, trueCount));
        }

        var sum = trueCount > long.MaxValue - falseCount ? long.MaxValue : trueCount + falseCount;
        return new LineHits(sum, 2, (trueCount > 0 ? 1 : 0) + (falseCount > 0 ? 1 : 0));
    }
}
