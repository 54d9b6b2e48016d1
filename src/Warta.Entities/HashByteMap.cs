namespace Warta.Entities;

/// <summary>
/// A read-only map from 64-bit token hashes to a byte, for the look-ups the tagger's features make at every token
/// (entity memory, gazetteer spans). A <see cref="Dictionary{TKey, TValue}"/> reads its bucket array, then its entry
/// array, a cache miss each once the model's weight rows (read between two look-ups) have pushed the tables out of the
/// processor's caches; here key and value sit together in one open-addressed array (at most half full, linear probing),
/// so a look-up is usually one cache line. Built once from a dictionary; answers exactly what that dictionary would.
/// </summary>
public sealed class HashByteMap
{
    private struct Slot
    {
        public ulong Key;
        public byte Value;
        public bool Used;
    }

    private readonly Slot[] _slots;
    private readonly int _shift;

    public HashByteMap(IReadOnlyDictionary<ulong, byte> entries)
    {
        int bits = 4;
        while ((1 << bits) < 2 * entries.Count) bits++;
        _slots = new Slot[1 << bits];
        _shift = 64 - bits;
        int mask = _slots.Length - 1;
        foreach (var (key, value) in entries)
        {
            int i = Home(key);
            while (_slots[i].Used) i = (i + 1) & mask;
            _slots[i] = new Slot { Key = key, Value = value, Used = true };
        }
        Count = entries.Count;
    }

    public int Count { get; }

    /// <summary>The value stored for <paramref name="key"/>, or 0 when there is none.</summary>
    public byte GetValueOrDefault(ulong key)
    {
        var slots = _slots;
        int mask = slots.Length - 1;
        for (int i = Home(key); ; i = (i + 1) & mask)
        {
            ref readonly var s = ref slots[i];
            if (!s.Used) return 0;
            if (s.Key == key) return s.Value;
        }
    }

    // the keys are hashes already, but not every bit of them is well mixed (a prefix's hash is a plain FNV step):
    // Fibonacci hashing spreads them over the table
    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
