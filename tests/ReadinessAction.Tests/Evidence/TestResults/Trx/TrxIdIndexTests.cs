using ReadinessAction.Evidence.TestResults.Trx;

namespace ReadinessAction.Tests.Evidence.TestResults.Trx;

public sealed class TrxIdIndexTests
{
    [Fact]
    public void The_first_definition_of_a_key_keeps_it_and_unknown_keys_are_not_found()
    {
        var index = new TrxIdIndex();
        Assert.False(index.TryGetValue(TrxCases.KeyOf("t1"), out _));
        index.TryAdd(TrxCases.KeyOf("t1"), 0);
        index.TryAdd(TrxCases.KeyOf("T1"), 5);
        Assert.True(index.TryGetValue(TrxCases.KeyOf("t1"), out var definition));
        Assert.Equal(0, definition);
        Assert.False(index.TryGetValue(TrxCases.KeyOf("t2"), out _));
    }

    [Fact]
    public void Keys_beyond_the_room_made_for_them_are_all_found_after_growing()
    {
        var index = new TrxIdIndex();
        index.EnsureCapacity(10);
        for (var i = 0; i < 50_000; i++)
        {
            index.TryAdd(TrxCases.KeyOf($"id-{i}"), i);
        }

        for (var i = 0; i < 50_000; i++)
        {
            Assert.True(index.TryGetValue(TrxCases.KeyOf($"id-{i}"), out var definition));
            Assert.Equal(i, definition);
        }

        Assert.False(index.TryGetValue(TrxCases.KeyOf("id-50000"), out _));
    }
}
