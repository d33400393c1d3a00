namespace ReadinessAction.Evidence.TestResults.Trx;

/// <summary>
/// The definition each TRX id key (<see cref="TrxCases.KeyOf"/>) names; the first definition given a key keeps it.
/// Open addressing over two arrays rather than a Dictionary of ulong: that generic instance is not precompiled, so it
/// ran unoptimized for much of a large file, and the keys are already well mixed hashes.
/// </summary>
internal sealed class TrxIdIndex
{
    private ulong[] _keys = [];

    // The definition + 1 of the key in the same slot; 0 marks a free slot.
    private int[] _definitions = [];
    private int _count;

    /// <summary>Makes room for <paramref name="keys"/> keys at once rather than growing by doubling.</summary>
    public void EnsureCapacity(int keys)
    {
        if (keys > _count && (keys * 4L / 3) + 1 > _keys.Length)
        {
            Resize((int)Math.Min((keys * 4L / 3) + 16, Array.MaxLength));
        }
    }

    /// <returns>False when the key was already there (it keeps its first definition).</returns>
    public bool TryAdd(ulong key, int definition)
    {
        if ((_count + 1) * 4L > _keys.Length * 3L)
        {
            Resize((int)Math.Min((_keys.Length * 2L) + 16, Array.MaxLength));
        }

        var slot = SlotOf(key, _keys, _definitions);
        if (_definitions[slot] != 0)
        {
            return false;
        }

        _keys[slot] = key;
        _definitions[slot] = definition + 1;
        _count++;
        return true;
    }

    public bool TryGetValue(ulong key, out int definition)
    {
        definition = _keys.Length == 0 ? -1 : _definitions[SlotOf(key, _keys, _definitions)] - 1;
        return definition >= 0;
    }

    /// <summary>The slot holding <paramref name="key"/>, or the free slot where it would go.</summary>
    private static int SlotOf(ulong key, ulong[] keys, int[] definitions)
    {
        // The key's top bits scaled to the table: any length works, and the bits are as good as any.
        var slot = (int)(((key >> 32) * (ulong)keys.Length) >> 32);
        while (definitions[slot] != 0 && keys[slot] != key)
        {
            slot = slot + 1 == keys.Length ? 0 : slot + 1;
        }

        return slot;
    }

    private void Resize(int length)
    {
        var (keys, definitions) = (_keys, _definitions);
        (_keys, _definitions) = (new ulong[length], new int[length]);
        for (var i = 0; i < keys.Length; i++)
        {
            if (definitions[i] != 0)
            {
                var slot = SlotOf(keys[i], _keys, _definitions);
                _keys[slot] = keys[i];
                _definitions[slot] = definitions[i];
            }
        }
    }
}
