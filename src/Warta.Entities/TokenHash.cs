using System.Runtime.CompilerServices;

namespace Warta.Entities;

/// <summary>
/// Stable 64-bit hashes of text spans (FNV-1a, then a SplitMix64 finish), computed straight from the
/// characters so tagging allocates no strings per feature. <c>string.GetHashCode</c> is randomized per
/// process and cannot be used for a saved model.
/// </summary>
/// <remarks>Tagging hashes some 60 values per token (47 features, most combining two or three values), so the small
/// helpers are inlined and ASCII letters are lower-cased without the culture tables' call: the hashes are the same.</remarks>
public static class TokenHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Lower(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        foreach (var c in s) h = (h ^ LowerFolded(c)) * Prime;
        return h;
    }

    /// <summary><see cref="Lower"/> of <paramref name="s"/>, and in <paramref name="prefixes"/>[k] that of its first k + 1
    /// characters (all of it when shorter): the same hash stopped early, so one pass gives them all.</summary>
    public static ulong Lower(ReadOnlySpan<char> s, Span<ulong> prefixes)
    {
        ulong h = Offset;
        for (int i = 0; i < s.Length; i++)
        {
            h = (h ^ LowerFolded(s[i])) * Prime;
            if (i < prefixes.Length) prefixes[i] = h;
        }
        for (int i = s.Length; i < prefixes.Length; i++) prefixes[i] = h;
        return h;
    }

    public static ulong Exact(ReadOnlySpan<char> s)
    {
        ulong h = Offset ^ 0x5bd1e995UL;
        foreach (var c in s) h = (h ^ Fold(c)) * Prime;
        return h;
    }

    /// <summary>Word shape: X upper, x lower, d digit, other characters as themselves; runs collapsed.</summary>
    public static ulong Shape(ReadOnlySpan<char> s)
    {
        ulong h = Offset ^ 0x27d4eb2dUL;
        char last = '\0';
        foreach (var ch in s)
        {
            char c = Fold(ch);
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (k == last) continue;
            h = (h ^ k) * Prime;
            last = k;
        }
        return h;
    }

    /// <summary><c>char.ToLowerInvariant(Fold(c))</c>: an ASCII character is its own fold and lower-cases by one bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char LowerFolded(char c) =>
        c < 0x80 ? (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c : char.ToLowerInvariant(Fold(c));

    /// <summary>Typographic quotes and dashes hash like their ASCII forms: the training corpora use ASCII,
    /// news text often does not.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c) => c switch
    {
        '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
        '\u2018' or '\u2019' or '\u201A' => '\'',
        '\u2013' or '\u2014' => '-',
        _ => c,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong a, ulong b) => Finish(a ^ (b + 0x9e3779b97f4a7c15UL + (a << 6) + (a >> 2)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Finish(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
        return z ^ (z >> 31);
    }
}
