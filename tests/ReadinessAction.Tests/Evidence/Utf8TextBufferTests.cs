using System.Text;

using ReadinessAction.Evidence;

namespace ReadinessAction.Tests.Evidence;

public sealed class Utf8TextBufferTests
{
    [Fact]
    public void A_text_hashes_the_same_however_it_was_front_coded()
    {
        var buffer = new Utf8TextBuffer();
        Assert.True(buffer.TryAdd("test_1040", out var alone));
        var chained = new List<int>();
        foreach (var text in new[] { "test_1", "test_10", "test_104", "test_1040", "tesla", "test_1040" })
        {
            Assert.True(buffer.TryAdd(text, out var position));
            chained.Add(position);
        }

        Assert.Equal(buffer.HashOf(alone), buffer.HashOf(chained[3]));
        Assert.Equal(buffer.HashOf(alone), buffer.HashOf(chained[5]));
        Assert.NotEqual(buffer.HashOf(chained[2]), buffer.HashOf(chained[3]));
        var copy = new byte[buffer.LengthOf(chained[3])];
        buffer.CopyTo(chained[3], copy);
        Assert.Equal("test_1040", Encoding.UTF8.GetString(copy));
    }

    [Fact]
    public void Texts_past_the_first_chunk_and_empty_texts_hash_by_their_bytes()
    {
        var buffer = new Utf8TextBuffer();
        var positions = new Dictionary<string, List<int>>();
        for (var i = 0; i < 20_000; i++)
        {
            var text = i % 1000 == 0 ? "" : $"suite.case_{i % 3000}_é";
            Assert.True(buffer.TryAdd(text, out var position));
            (positions.TryGetValue(text, out var list) ? list : positions[text] = []).Add(position);
        }

        foreach (var (_, list) in positions)
        {
            Assert.Single(list.Select(buffer.HashOf).Distinct());
        }
    }

    [Fact]
    public void Texts_hashed_in_order_hash_as_each_alone()
    {
        var buffer = new Utf8TextBuffer();
        var positions = new List<int>();
        for (var i = 0; i < 5_000; i++)
        {
            Assert.True(buffer.TryAdd(i % 7 == 0 ? $"other_{i}" : i % 500 == 1 ? "" : $"behaves_as_specified_é_{i / 3}", out var position));
            positions.Add(position);
        }

        var cursor = new Utf8TextBuffer.HashCursor();
        var inOrder = positions.Select(p => buffer.HashOf(p, cursor)).ToList();
        Assert.Equal(positions.Select(buffer.HashOf), inOrder);

        // Skipping about, as a second pass from the middle does, still gives each text its own hash.
        var skipping = positions.Where((_, i) => i % 3 != 1).Reverse().Select(p => buffer.HashOf(p, cursor));
        Assert.Equal(positions.Where((_, i) => i % 3 != 1).Reverse().Select(buffer.HashOf), skipping);
    }
}
