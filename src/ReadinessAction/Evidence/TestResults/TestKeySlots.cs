namespace ReadinessAction.Evidence.TestResults;

/// <summary>
/// An open-addressing set of test keys (class or suite, name) over the cases of a <see cref="TestCaseTable"/>: a slot
/// holds the index of one case with its key, so a key costs four bytes and no string is built for it. Below 16 million
/// cases the slot's top byte holds eight more bits of the key's hash, so a probe that meets another key almost never
/// decodes two names to tell them apart.
/// </summary>
internal sealed class TestKeySlots
{
    private const int IndexBits = 24;
    private const uint IndexMask = (1u << IndexBits) - 1;
    private readonly TestCaseTable _cases;
    private readonly uint[] _slots;
    private readonly bool _tagged;
    private readonly Utf8TextBuffer.HashCursor _names = new();

    /// <param name="keys">The most keys that will be added: the table is kept at most three quarters full.</param>
    public TestKeySlots(TestCaseTable cases, int keys)
    {
        _cases = cases;
        _slots = new uint[keys + (keys / 3) + 16];
        _tagged = cases.Count < IndexMask;
    }

    public int Capacity => _slots.Length;

    /// <summary>The slot of the key of case <paramref name="index"/>, which holds that case when the key is new.</summary>
    public int Find(int index, out bool seen)
    {
        var length = _slots.Length;
        var hash = (uint)_cases.KeyHash(index, _names);
        var tag = _tagged ? (hash ^ (hash >> 8)) << IndexBits : 0;
        var mask = _tagged ? IndexMask : uint.MaxValue;
        for (var slot = (int)(hash % (uint)length); ; slot = slot + 1 == length ? 0 : slot + 1)
        {
            var held = _slots[slot];
            if (held == 0)
            {
                _slots[slot] = tag | (uint)(index + 1);
                seen = false;
                return slot;
            }

            if ((held & ~mask) == tag && _cases.SameKey((int)(held & mask) - 1, index))
            {
                seen = true;
                return slot;
            }
        }
    }

    public bool IsUsed(int slot) => _slots[slot] != 0;

    /// <summary>The case a slot holds (the first of its key, or the latest given to <see cref="Hold"/>).</summary>
    public int CaseAt(int slot) => (int)(_slots[slot] & (_tagged ? IndexMask : uint.MaxValue)) - 1;

    /// <summary>Makes a used slot hold a later case of its key (the key's hash bits stay).</summary>
    public void Hold(int slot, int index) => _slots[slot] = (_slots[slot] & (_tagged ? ~IndexMask : 0)) | (uint)(index + 1);
}
