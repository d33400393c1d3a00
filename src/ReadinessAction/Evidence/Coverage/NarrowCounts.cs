namespace ReadinessAction.Evidence.Coverage;

/// <summary>
/// An array of unsigned counts held 1, 2 or 4 bytes wide: only as wide as the largest count stored so far needs,
/// widened (one copy of the array) when a larger one arrives. Most files' hit counts fit in 2 bytes and their packed
/// branches in 1, so a coverage report's lines take half the room of plain uint arrays. Empty until first resized.
/// </summary>
internal struct NarrowCounts
{
    // byte[], ushort[] or uint[]; null while empty.
    private Array? _values;

    public readonly int Length => _values?.Length ?? 0;

    /// <summary>The count at an index below <see cref="Length"/>.</summary>
    public readonly uint this[int index] => _values switch
    {
        byte[] narrow => narrow[index],
        ushort[] middle => middle[index],
        _ => ((uint[])_values!)[index],
    };

    public void Set(int index, uint value)
    {
        switch (_values)
        {
            case byte[] narrow when value <= byte.MaxValue:
                narrow[index] = (byte)value;
                return;
            case ushort[] middle when value <= ushort.MaxValue:
                middle[index] = (ushort)value;
                return;
            case uint[] wide:
                wide[index] = value;
                return;
            default:
                Widen(value <= ushort.MaxValue ? new ushort[Length] : new uint[Length]);
                Set(index, value);
                return;
        }
    }

    /// <summary>Grows or shrinks to the length, keeping the counts below it; new places hold 0.</summary>
    public void Resize(int length)
    {
        switch (_values)
        {
            case null:
                _values = new byte[length];
                break;
            case byte[] narrow:
                Array.Resize(ref narrow, length);
                _values = narrow;
                break;
            case ushort[] middle:
                Array.Resize(ref middle, length);
                _values = middle;
                break;
            case uint[] wide:
                Array.Resize(ref wide, length);
                _values = wide;
                break;
        }
    }

    public void Clear() => _values = null;

    private void Widen(Array wider)
    {
        for (var i = 0; i < wider.Length; i++)
        {
            var count = this[i];
            if (wider is ushort[] middle)
            {
                middle[i] = (ushort)count;
            }
            else
            {
                ((uint[])wider)[i] = count;
            }
        }

        _values = wider;
    }
}
