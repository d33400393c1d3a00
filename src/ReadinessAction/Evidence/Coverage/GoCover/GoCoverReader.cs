using System.Text.RegularExpressions;

namespace ReadinessAction.Evidence.Coverage.GoCover;

/// <summary>
/// Go cover profiles (<c>go test -coverprofile</c>): "mode: set|count|atomic", then one block a line,
/// <c>file.go:startLine.startCol,endLine.endCol statements count</c>. Every line of a block is coverable and
/// covered when the block ran; a line shared by blocks is covered when any of them ran.
/// </summary>
public sealed partial class GoCoverReader : TextCoverageReader
{
    public override string Format => "gocover";

    protected override string EmptyReason => "no block after the mode line";

    public override bool CanRead(ArtifactSniff sniff) => !sniff.IsXml && ModeLine().IsMatch(FirstLine(sniff.Head));

    protected override CoverageLineParser CreateParser(CoverageReadContext context) => new GoCoverParser(context);

    internal static string FirstLine(string text)
    {
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        return (end < 0 ? text : text[..end]).Trim();
    }

    [GeneratedRegex(@"^mode:\s*(set|count|atomic)$")]
    internal static partial Regex ModeLine();
}
