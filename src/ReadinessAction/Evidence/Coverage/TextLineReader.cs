namespace ReadinessAction.Evidence.Coverage;

/// <summary>
/// The lines of a text as spans over one buffer (split at '\n', as TextReader.ReadLine but keeping a '\r' for the
/// caller's trim): no string per line. A line longer than the limit is reported, not buffered whole.
/// </summary>
internal sealed class TextLineReader(TextReader text, int maxLineLength)
{
    private char[] _buffer = new char[16 * 1024];
    private int _start;
    private int _scanned;
    private int _end;
    private bool _ended;

    /// <summary>False at the end of the text; <paramref name="tooLong"/> when the next line exceeds the limit (then stop).</summary>
    public bool TryRead(out ReadOnlySpan<char> line, out bool tooLong)
    {
        line = default;
        tooLong = false;
        while (true)
        {
            var newline = _buffer.AsSpan(_scanned, _end - _scanned).IndexOf('\n');
            var end = newline >= 0 ? _scanned + newline : _end;
            if (end - _start > maxLineLength)
            {
                tooLong = true;
                return true;
            }

            if (newline >= 0 || (_ended && _end > _start))
            {
                line = _buffer.AsSpan(_start, end - _start);
                _start = _scanned = Math.Min(end + 1, _end);
                return true;
            }

            if (_ended)
            {
                return false;
            }

            Fill();
        }
    }

    private void Fill()
    {
        _scanned = _end;
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _scanned -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = text.Read(_buffer, _end, _buffer.Length - _end);
        _ended = read == 0;
        _end += read;
    }
}
