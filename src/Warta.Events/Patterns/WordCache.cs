using System.Collections.Concurrent;
using Warta.Core;

namespace Warta.Events.Patterns;

/// <summary>
/// A per-word memo that cannot grow without end: a long-running process (a feed reader, the web service)
/// meets new words forever (names, typos, numbers), so when the cache holds <c>capacity</c> words it is
/// emptied and refills with the words in use. News vocabulary is Zipfian: the frequent words are back
/// within a few articles, so a clear costs little, and no per-entry bookkeeping is paid on the hot path.
/// The value must be a function of the word alone (every call site passes the same <c>create</c>).
/// </summary>
public sealed class WordCache<T>(int capacity = 200_000)
{
    private readonly ConcurrentDictionary<string, T> _items = new(StringComparer.Ordinal);
    // an approximate count of the words added: ConcurrentDictionary.Count takes every lock, too dear on each miss
    private int _added;

    public int Count => _items.Count;

    public T GetOrAdd(string word, Func<string, T> create)
    {
        // The coder asks for the same words at every position of every sentence: a short word (nearly all) is
        // answered from a small table of this thread's own, which holds its characters inline (PackedWord), before
        // the shared dictionary, whose bucket, entry and key are a cache miss each once the tagger has run.
        if (!PackedWord.TryPack(word, out var key)) return GetOrAddShared(word, create);
        var slots = _threadSlots ??= new Slot[SlotCount];
        ref var slot = ref slots[key.Slot(SlotBits)];
        // the table is per type, not per cache: a slot names the cache that filled it
        if (ReferenceEquals(slot.Owner, this) && slot.Key == key) return slot.Value;
        var value = GetOrAddShared(word, create);
        slot.Owner = this;
        slot.Key = key;
        slot.Value = value;
        return value;
    }

    private T GetOrAddShared(string word, Func<string, T> create)
    {
        if (_items.TryGetValue(word, out var value)) return value;
        if (Interlocked.Increment(ref _added) > capacity)
        {
            _items.Clear();
            Interlocked.Exchange(ref _added, 1);
        }
        return _items.GetOrAdd(word, create);
    }

    private struct Slot
    {
        public WordCache<T>? Owner;
        public PackedWord Key;
        public T Value;
    }

    // 4,096 slots per thread and value type: a sentence's words, and the frequent words of the articles before it
    private const int SlotBits = 12, SlotCount = 1 << SlotBits;
    [ThreadStatic] private static Slot[]? _threadSlots;
}
