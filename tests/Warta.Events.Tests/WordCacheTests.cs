using Warta.Events.Patterns;
using Xunit;

namespace Warta.Events.Tests;

public sealed class WordCacheTests
{
    [Fact]
    public void A_cached_word_is_computed_once()
    {
        var cache = new WordCache<int>(capacity: 10);
        int calls = 0;
        Assert.Equal(6, cache.GetOrAdd("sanksi", w => { calls++; return w.Length; }));
        Assert.Equal(6, cache.GetOrAdd("sanksi", w => { calls++; return -1; }));
        Assert.Equal(1, calls);
    }

    [Fact]
    public void The_cache_never_holds_more_than_its_capacity()
    {
        var cache = new WordCache<string>(capacity: 100);
        for (int i = 0; i < 1_000; i++)
        {
            Assert.Equal("w" + i + "!", cache.GetOrAdd("w" + i, w => w + "!"));
            Assert.InRange(cache.Count, 1, 100);
        }
    }
}
