namespace Warta.Core;

/// <summary>
/// A word of one to twelve characters (99 words of news text in 100), none of them U+0000, held in three numbers:
/// 16-bit lanes, the zeros after the last character telling its length. Per-thread memo tables keep it inline in
/// their slots, so a look-up compares numbers where a shared dictionary would follow its bucket to an entry and the
/// entry to the key's characters, a cache miss each once other work has filled the processor's caches.
/// </summary>
public readonly record struct PackedWord(ulong A, ulong B, ulong C)
{
    public static bool TryPack(ReadOnlySpan<char> word, out PackedWord packed)
    {
        packed = default;
        if (word.Length is 0 or > 12) return false;
        ulong a = 0, b = 0, c = 0;
        for (int i = 0; i < word.Length; i++)
        {
            ulong ch = word[i];
            if (ch == 0) return false;
            int shift = 16 * (i & 3);
            if (i < 4) a |= ch << shift;
            else if (i < 8) b |= ch << shift;
            else c |= ch << shift;
        }
        packed = new PackedWord(a, b, c);
        return true;
    }

    /// <summary>A slot in a table of 2^<paramref name="bits"/>.</summary>
    public int Slot(int bits) =>
        (int)(((A * 0x9E3779B97F4A7C15UL) ^ (B * 0xC2B2AE3D27D4EB4FUL) ^ (C * 0x165667B19E3779F9UL)) >> (64 - bits));
}
