namespace ReadinessAction.Evidence;

/// <summary>
/// A list of structs that grows by fixed chunks once past its first: a million entries never need one large array,
/// nor the copy (old and new array at once) that doubling a <see cref="List{T}"/> makes.
/// </summary>
internal sealed class ChunkedList<T>
    where T : struct
{
    private const int Shift = 12;
    private const int ChunkLength = 1 << Shift;
    private const int Mask = ChunkLength - 1;
    private readonly List<T[]> _chunks = [new T[16]];

    public int Count { get; private set; }

    public ref T this[int index] => ref _chunks[index >> Shift][index & Mask];

    public void Add(in T item)
    {
        var chunk = Count >> Shift;
        if (chunk == _chunks.Count)
        {
            _chunks.Add(new T[ChunkLength]);
        }
        else if (chunk == 0 && Count == _chunks[0].Length)
        {
            // The first chunk grows like a list, so a file of ten cases holds ten entries' room, not four thousand.
            var first = _chunks[0];
            Array.Resize(ref first, Math.Min(first.Length * 2, ChunkLength));
            _chunks[0] = first;
        }

        _chunks[chunk][Count & Mask] = item;
        Count++;
    }
}
