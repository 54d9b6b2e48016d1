using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Warta.Core;

namespace Warta.Actors;

/// <summary>A word found by <see cref="WordScanner"/>: its span, its folded key, and whether anything but
/// spaces separates it from the previous word (punctuation or a line break breaks a multi-word name).
/// <see cref="HyphenBefore"/>: that gap is one hyphen with spaces around it ("Kim Jong - un", the way
/// tokenized corpora write "Kim Jong-un"), so a hyphenated dictionary name may still span it.
/// <see cref="Base"/>: the folded base of a reduplicated plural ("kelompok-kelompok" → "kelompok", also written apart
/// "Negara - negara"), which a dictionary look-up falls back to when the whole word is no name (<see cref="Reduplication"/>).</summary>
public readonly record struct Word(int Start, int End, string Key, bool GapBefore, WordCase Case, bool HyphenBefore = false, string? Base = null);

public enum WordCase : byte { Lower, Capitalized, AllCaps, Other }

/// <summary>
/// The actor stages scan words themselves (letters and digits, with inner hyphens and apostrophes) so that
/// dictionary names and the text are cut the same way, whatever the segmentation stage does with
/// "Al-Qaeda" or "Ma'ruf".
/// </summary>
public static class WordScanner
{
    public static List<Word> Scan(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        // sized for the usual word length (a word and its space are rarely under five characters): growing a list of
        // a whole article's words by doubling copied it many times
        var words = new List<Word>(Math.Max(4, (end - start) / 5));
        int i = start, previousEnd = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int s = i;
            while (i < end && (char.IsLetterOrDigit(text[i]) || (IsInner(text[i]) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]) && i > s)
                               || InitialDot(text, i, end)))
                i++;
            // the closing dot of an initialism belongs to it ("U.S." before "troops" leaves no punctuation gap)
            if (i < end && text[i] == '.' && i - s >= 3 && text[i - 2] == '.' && char.IsUpper(text[i - 1])) i++;
            bool gap = false;
            int hyphens = 0;
            // a line break ends a name as punctuation does: a title without a final stop is no part of the first paragraph's name
            for (int k = previousEnd; k < s; k++)
                if (text[k] == '\n') { gap = true; hyphens = 2; }
                else if (!char.IsWhiteSpace(text[k])) { gap = true; if (IsInner(text[k]) && text[k] != '\'' && text[k] != '\u2019') hyphens++; else hyphens = 2; }
            // English possessive: "Indonesia's" is the word "Indonesia" (its "'s" is no part of the name)
            int wordEnd = i - s > 3 && text[i - 1] is 's' or 'S' && text[i - 2] is '\'' or '\u2019' ? i - 2 : i;
            var surface = text.AsSpan(s, wordEnd - s);
            // the stop of an initial is no punctuation gap: "M. Nasir", "Miryam S. Haryani", "Desmond J. Mahesa" are one name
            if (gap && hyphens == 2 && AfterInitial(text, words, previousEnd, s) && char.IsUpper(surface[0])) { gap = false; hyphens = 0; }
            // "Negara - negara", "anak - anaknya": a reduplicated word written apart is one word, as if written joined
            if (gap && hyphens == 1 && words.Count > 0 && words[^1] is { Base: null } before && before.End == previousEnd &&
                Reduplication.AreHalves(text.AsSpan(before.Start, before.End - before.Start), surface))
            {
                var joined = string.Concat(before.Key, "-", Fold(surface));
                words[^1] = before with { End = wordEnd, Key = joined, Base = BaseKey(joined) };
                previousEnd = i;
                continue;
            }
            var key = Fold(surface);
            words.Add(new Word(s, wordEnd, key, gap || words.Count == 0, CaseOf(surface), words.Count > 0 && hyphens == 1,
                key.Length >= 5 && key.Contains('-') ? BaseKey(key) : null));
            previousEnd = i;
        }
        return words;
    }

    /// <summary>The base of a folded reduplicated word, or null (<see cref="Reduplication.BaseOf"/>).</summary>
    private static string? BaseKey(string key) => Reduplication.BaseOf(key);

    /// <summary>"U.S.", "U.K.", "U.N.": a dot between two single capital letters joins them into one word, so the
    /// abbreviation is one name ("U.S. Treasury").</summary>
    private static bool InitialDot(string text, int i, int end) =>
        text[i] == '.' && i >= 1 && i + 1 < end && char.IsUpper(text[i - 1]) && char.IsUpper(text[i + 1]) &&
        (i < 2 || !char.IsLetter(text[i - 2]) || text[i - 2] == '.' && i >= 3 && char.IsUpper(text[i - 3])) &&
        (i + 2 >= end || !char.IsLetter(text[i + 2]));

    /// <summary>The previous word is one capital letter, and only its stop and spaces stand between it and
    /// <paramref name="start"/> (the dot of an initial: "M. Nasir", "Miryam S. Haryani"). A clause ending in a lone
    /// capital ("di Grup A. Timnas …") is read the same way; no dictionary name runs across it.</summary>
    private static bool AfterInitial(string text, List<Word> words, int previousEnd, int start)
    {
        if (words.Count < 1 || words[^1] is not { Case: WordCase.Capitalized } initial || initial.End - initial.Start != 1 ||
            previousEnd != initial.End)
            return false;
        if (previousEnd >= start || text[previousEnd] != '.') return false;
        for (int k = previousEnd + 1; k < start; k++)
            if (text[k] is not (' ' or '\u00A0')) return false;
        return start > previousEnd + 1;
    }

    private static bool IsInner(char c) => c is '-' or '\'' or '\u2019' or '\u2010' or '\u2011';

    /// <summary>Lower case, without diacritics, one kind of apostrophe and hyphen: "António" = "antonio".</summary>
    public static string Fold(ReadOnlySpan<char> surface)
    {
        // Most words are short: their characters, packed into three numbers, find the folded key in a small table of
        // this thread's own. The shared dictionary below costs a chain of cache misses per word (its buckets, the
        // entry, the key's characters): the tagger's model, read between two documents, has pushed it all out.
        if (PackedWord.TryPack(surface, out var key))
        {
            var slots = _threadFoldSlots ??= new FoldSlot[FoldSlotCount];
            ref var slot = ref slots[key.Slot(FoldSlotBits)];
            if (slot.Folded is { } known && slot.Key == key) return known;
            var folded = FoldShared(surface);
            slot.Key = key;
            slot.Folded = folded;
            return folded;
        }
        return FoldShared(surface);
    }

    private struct FoldSlot
    {
        public PackedWord Key;
        public string? Folded;
    }

    // 8,192 slots of 32 bytes per thread: the words of most articles fit; a word whose slot another word took is
    // looked up in the shared dictionary again
    private const int FoldSlotBits = 13, FoldSlotCount = 1 << FoldSlotBits;
    [ThreadStatic] private static FoldSlot[]? _threadFoldSlots;

    private static string FoldShared(ReadOnlySpan<char> surface)
    {
        // every actor stage scans every document's words, several times: the folded keys of the words met are kept
        // (a pure function of the surface, so sharing them across documents and threads changes nothing)
        var cache = FoldLookup;
        if (cache.TryGetValue(surface, out var known)) return known;
        var folded = FoldUncached(surface);
        if (Interlocked.Increment(ref _foldCached) > FoldCacheCapacity)
        {
            // bounded: a long stream meets new words forever; the frequent ones are back within a few articles
            FoldCache.Clear();
            Interlocked.Exchange(ref _foldCached, 1);
        }
        cache.TryAdd(surface, folded);
        return folded;
    }

    private const int FoldCacheCapacity = 200_000;
    private static readonly ConcurrentDictionary<string, string> FoldCache = new(StringComparer.Ordinal);
    // made once (Clear keeps the same dictionary): getting it checks the comparer's interfaces, at every word
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> FoldLookup =
        FoldCache.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int _foldCached;

    private static string FoldUncached(ReadOnlySpan<char> surface)
    {
        bool ascii = true;
        foreach (var c in surface) if (c > 0x7F) { ascii = false; break; }
        if (ascii) return surface.ToString().ToLowerInvariant();
        var decomposed = surface.ToString().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch { '\u2019' => '\'', '\u2010' or '\u2011' => '-', _ => char.ToLowerInvariant(c) });
        }
        return sb.ToString();
    }

    public static WordCase CaseOf(ReadOnlySpan<char> surface)
    {
        bool anyUpper = false, anyLower = false;
        foreach (var c in surface)
        {
            if (char.IsUpper(c)) anyUpper = true;
            else if (char.IsLower(c)) anyLower = true;
        }
        if (!anyUpper) return WordCase.Lower;
        if (!anyLower) return surface.Length > 1 ? WordCase.AllCaps : WordCase.Capitalized;
        return char.IsUpper(surface[0]) ? WordCase.Capitalized : WordCase.Other;
    }
}
