namespace ReadinessAction.Evidence.TestResults;

/// <summary>
/// An open-addressing set of test keys (class or suite, name) over the cases of a <see cref="TestCaseTable"/>: a slot
/// holds the index of one case with its key, so a key costs four bytes and no string is built for it.
/// </summary>
internal sealed class TestKeySlots
{
    private readonly TestCaseTable _cases;
    private readonly int[] _slots;

    /// <param name="keys">The most keys that will be added: the table is kept at most three quarters full.</param>
    public TestKeySlots(TestCaseTable cases, int keys)
    {
        _cases = cases;
        _slots = new int[keys + (keys / 3) + 16];
    }

    public int Capacity => _slots.Length;

    /// <summary>The slot of the key of case <paramref name="index"/>, which holds that case when the key is new.</summary>
    public int Find(int index, out bool seen)
    {
        var length = _slots.Length;
        for (var slot = (int)((uint)_cases.KeyHash(index) % (uint)length); ; slot = slot + 1 == length ? 0 : slot + 1)
        {
            var held = _slots[slot];
            if (held == 0)
            {
                _slots[slot] = index + 1;
                seen = false;
                return slot;
            }

            if (_cases.SameKey(held - 1, index))
            {
                seen = true;
                return slot;
            }
        }
    }

    public bool IsUsed(int slot) => _slots[slot] != 0;

    /// <summary>The case a slot holds (the first of its key, or the latest given to <see cref="Hold"/>).</summary>
    public int CaseAt(int slot) => _slots[slot] - 1;

    public void Hold(int slot, int index) => _slots[slot] = index + 1;
}
