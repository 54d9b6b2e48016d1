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

    [Fact]
    public void Two_caches_of_one_type_keep_their_own_answers()
    {
        // the per-thread front table is shared by every cache of a value type: a slot must not answer for another cache
        var lengths = new WordCache<int>();
        var negated = new WordCache<int>();
        foreach (var w in new[] { "sanksi", "serangan", "kecaman-keras-sekali" })
        {
            Assert.Equal(w.Length, lengths.GetOrAdd(w, x => x.Length));
            Assert.Equal(-w.Length, negated.GetOrAdd(w, x => -x.Length));
            Assert.Equal(w.Length, lengths.GetOrAdd(w, x => 0));
        }
    }

    [Fact]
    public void Many_words_sharing_slots_each_keep_their_own_answer()
    {
        var cache = new WordCache<string>();
        var words = Enumerable.Range(0, 20_000).Select(i => "k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        foreach (var w in words) Assert.Equal(w + "!", cache.GetOrAdd(w, x => x + "!"));
        foreach (var w in words) Assert.Equal(w + "!", cache.GetOrAdd(w, x => "wrong"));
    }
}
