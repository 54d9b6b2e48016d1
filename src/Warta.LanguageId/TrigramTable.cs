namespace Warta.LanguageId;

/// <summary>
/// Every profile's trigrams in one flat open-addressing table: a trigram's slot holds its key and the row of its
/// log probabilities (one per language). Identification looks up each of up to 1,500 trigrams per article; a
/// <c>Dictionary</c> lookup (bucket, then entry, then the row) cost most of the stage. Keys are never 0: a packed
/// trigram always holds a letter (see <see cref="Trigrams.Pack"/>), so 0 marks an empty slot.
/// </summary>
internal sealed class TrigramTable
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly int _shift;

    public TrigramTable(IReadOnlyDictionary<ulong, int> rows)
    {
        int bits = 4;
        while ((1 << bits) < rows.Count * 2) bits++; // at most half full: short probe runs
        _keys = new ulong[1 << bits];
        _rows = new int[1 << bits];
        _shift = 64 - bits;
        int mask = (1 << bits) - 1;
        foreach (var (key, row) in rows)
        {
            if (key == 0) throw new ArgumentException("Trigram key 0 cannot be stored (it marks an empty slot).", nameof(rows));
            int slot = Slot(key);
            while (_keys[slot] != 0) slot = (slot + 1) & mask;
            _keys[slot] = key;
            _rows[slot] = row;
        }
    }

    /// <summary>The row of <paramref name="key"/>, or -1 if no profile has it.</summary>
    public int RowOf(ulong key)
    {
        var keys = _keys;
        int mask = keys.Length - 1;
        for (int slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            ulong k = keys[slot];
            if (k == key) return _rows[slot];
            if (k == 0) return -1;
        }
    }

    // Fibonacci hashing: the packed characters sit in the low bits, the multiply spreads them over the top bits
    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
