using System.Globalization;
using System.Text;

namespace ReadinessAction.Tests.Evidence.Coverage;

/// <summary>
/// A Cobertura report of any size made on the fly (nothing is held but the current chunk), cycling its classes
/// over a few files. While it is read it samples the live managed heap, so a test can see the reader's footprint.
/// </summary>
internal sealed class GeneratedCoberturaStream : Stream
{
    private const long SampleEvery = 8 * 1024 * 1024;

    private readonly int _files;
    private readonly int _linesPerClass;
    private readonly long _targetBytes;
    private readonly Dictionary<int, byte[]> _classes = [];
    private byte[] _chunk;
    private int _offset;
    private long _produced;
    private long _nextSample;
    private int _class;
    private bool _ended;

    public GeneratedCoberturaStream(int files, int linesPerClass, long targetBytes)
    {
        _files = files;
        _linesPerClass = linesPerClass;
        _targetBytes = targetBytes;
        _chunk = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<coverage line-rate=\"0.75\"><sources><source>/src</source></sources><packages><package name=\"p\"><classes>\n");
    }

    public long PeakLiveHeapBytes { get; private set; }

    public long Produced => _produced;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _produced; set => throw new NotSupportedException(); }

    /// <summary>Line n of every class is covered unless n is a multiple of 4.</summary>
    public static long CoveredLinesPerFile(int linesPerClass) => linesPerClass - (linesPerClass / 4);

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_offset == _chunk.Length && !NextChunk())
        {
            return 0;
        }

        var n = Math.Min(count, _chunk.Length - _offset);
        Array.Copy(_chunk, _offset, buffer, offset, n);
        _offset += n;
        _produced += n;
        if (_produced >= _nextSample)
        {
            _nextSample += SampleEvery;
            GC.Collect();
            PeakLiveHeapBytes = Math.Max(PeakLiveHeapBytes, GC.GetTotalMemory(forceFullCollection: false));
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private bool NextChunk()
    {
        if (_ended)
        {
            return false;
        }

        if (_produced >= _targetBytes)
        {
            _chunk = Encoding.UTF8.GetBytes("</classes></package></packages></coverage>\n");
            _ended = true;
        }
        else
        {
            var file = _class++ % _files;
            if (!_classes.TryGetValue(file, out var bytes))
            {
                _classes[file] = bytes = ClassBytes(file);
            }

            _chunk = bytes;
        }

        _offset = 0;
        return true;
    }

    private byte[] ClassBytes(int file)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"<class name=\"C{file}\" filename=\"svc/f{file}.cs\"><methods/><lines>\n");
        for (var line = 1; line <= _linesPerClass; line++)
        {
            text.Append(CultureInfo.InvariantCulture, $"<line number=\"{line}\" hits=\"{(line % 4 == 0 ? 0 : 1)}\" branch=\"false\"/>\n");
        }

        text.Append("</lines></class>\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
