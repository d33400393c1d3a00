namespace ReadinessAction.Evidence.Coverage;

/// <summary>
/// An array of unsigned counts held 1, 2 or 4 bytes wide: only as wide as the largest count stored so far needs,
/// widened (one copy of the array) when a larger one arrives. Most files' hit counts fit in 2 bytes and their packed
/// branches in 1, so a coverage report's lines take half the room of plain uint arrays. Empty until first resized.
/// One typed field per width (at most one is set): every access of a hot loop is a null check, not a type test.
/// </summary>
internal struct NarrowCounts
{
    private byte[]? _narrow;
    private ushort[]? _middle;
    private uint[]? _wide;

    public readonly int Length => _narrow?.Length ?? _middle?.Length ?? _wide?.Length ?? 0;

    /// <summary>The count at an index below <see cref="Length"/>.</summary>
    public readonly uint this[int index] => _narrow is not null ? _narrow[index] : _middle is not null ? _middle[index] : _wide![index];

    public void Set(int index, uint value)
    {
        if (_narrow is not null && value <= byte.MaxValue)
        {
            _narrow[index] = (byte)value;
        }
        else if (_middle is not null && value <= ushort.MaxValue)
        {
            _middle[index] = (ushort)value;
        }
        else if (_wide is not null)
        {
            _wide[index] = value;
        }
        else
        {
            Widen(value);
            Set(index, value);
        }
    }

    /// <summary>Grows or shrinks to the length, keeping the counts below it; new places hold 0.</summary>
    public void Resize(int length)
    {
        if (_middle is not null)
        {
            Array.Resize(ref _middle, length);
        }
        else if (_wide is not null)
        {
            Array.Resize(ref _wide, length);
        }
        else
        {
            Array.Resize(ref _narrow, length); // also the first: from null to a new array
        }
    }

    public void Clear() => (_narrow, _middle, _wide) = (null, null, null);

    /// <summary>Moves the counts into an array wide enough for the value (not yet stored).</summary>
    private void Widen(uint value)
    {
        var length = Length;
        if (value <= ushort.MaxValue)
        {
            _middle = new ushort[length];
            for (var i = 0; i < length; i++)
            {
                _middle[i] = (ushort)this[i];
            }
        }
        else
        {
            _wide = new uint[length];
            for (var i = 0; i < length; i++)
            {
                _wide[i] = this[i];
            }

            _middle = null;
        }

        _narrow = null;
    }
}
