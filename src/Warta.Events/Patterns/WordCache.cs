using System.Collections.Concurrent;

namespace Warta.Events.Patterns;

/// <summary>
/// A per-word memo that cannot grow without end: a long-running process (a feed reader, the web service)
/// meets new words forever (names, typos, numbers), so when the cache holds <c>capacity</c> words it is
/// emptied and refills with the words in use. News vocabulary is Zipfian: the frequent words are back
/// within a few articles, so a clear costs little, and no per-entry bookkeeping is paid on the hot path.
/// </summary>
public sealed class WordCache<T>(int capacity = 200_000)
{
    private readonly ConcurrentDictionary<string, T> _items = new(StringComparer.Ordinal);
    // an approximate count of the words added: ConcurrentDictionary.Count takes every lock, too dear on each miss
    private int _added;

    public int Count => _items.Count;

    public T GetOrAdd(string word, Func<string, T> create)
    {
        if (_items.TryGetValue(word, out var value)) return value;
        if (Interlocked.Increment(ref _added) > capacity)
        {
            _items.Clear();
            Interlocked.Exchange(ref _added, 1);
        }
        return _items.GetOrAdd(word, create);
    }
}
