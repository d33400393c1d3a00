using System.Text;

using ReadinessAction.Diagnostics;

namespace ReadinessAction.Evidence.Coverage;

/// <summary>
/// The frame the line-oriented coverage readers (LCOV, Go) share: decoding by BOM (or UTF-16 without one),
/// strict UTF-8 otherwise, binary content rejected, one line at a time with its number.
/// </summary>
public abstract class TextCoverageReader : IArtifactReader
{
    // Invalid UTF-8 decodes to this noncharacter, so the line holding it can be named (decoding runs ahead of lines).
    private const char InvalidByte = '\uFFFF';

    // Real records are short; a longer "line" is binary or hostile input and must not be buffered whole.
    private const int MaxLineLength = 64 * 1024;

    public abstract string Format { get; }

    public ArtifactKind Kind => ArtifactKind.Coverage;

    protected abstract string EmptyReason { get; }

    public abstract bool CanRead(ArtifactSniff sniff);

    public ArtifactEvidence? Read(Stream content, string path, DiagnosticBag diagnostics)
    {
        var context = new CoverageReadContext(path, diagnostics);
        var number = 0;
        try
        {
            using var text = Open(content);
            var parser = CreateParser(context);
            var lines = new TextLineReader(text, MaxLineLength);
            while (lines.TryRead(out var line, out var tooLong))
            {
                number++;
                if (Problem(line, tooLong) is { } problem)
                {
                    context.Error(CoverageDiagnosticCodes.MalformedText, $"not {Format} text: {problem}", number);
                    return null;
                }

                parser.ReadLine(line.Trim(), number);
            }

            parser.Finish(number);
        }
        catch (IOException ex)
        {
            context.Error(CoverageDiagnosticCodes.MalformedText, $"could not be read: {ex.Message}");
            return null;
        }

        return context.Finish(Format, EmptyReason);
    }

    protected abstract CoverageLineParser CreateParser(CoverageReadContext context);

    private static string? Problem(ReadOnlySpan<char> line, bool tooLong) =>
        tooLong ? $"a line longer than {MaxLineLength} characters"
        : line.Contains('\0') ? "a NUL byte (binary content)"
        : line.Contains(InvalidByte) ? "bytes that are not valid UTF-8 (save the file as UTF-8)"
        : null;

    private static StreamReader Open(Stream content)
    {
        var strictUtf8 = Encoding.GetEncoding("utf-8", EncoderFallback.ReplacementFallback, new DecoderReplacementFallback(InvalidByte.ToString()));
        if (!content.CanSeek)
        {
            return new StreamReader(content, strictUtf8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        }

        Span<byte> head = stackalloc byte[4];
        var start = content.Position;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = start;
        var (encoding, _) = ArtifactEncoding.Detect(head[..read]);
        return new StreamReader(content, encoding == Encoding.UTF8 ? strictUtf8 : encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
    }
}
