using Warta.Core;

namespace Warta.Entities;

/// <summary>
/// English NER without a trained model (no English annotated corpus is available): runs of capitalized
/// words are found, leading starters/titles/demonyms are peeled off, and each remaining run is typed by
/// the name dictionary, then by its head words (Ministry, Party, Inc. → ORG; Islands, Sea, Republic → LOC),
/// then by context (a title before it → PER; "in/at/from X" → LOC), and otherwise as a person (most unknown
/// capitalized runs in news are people). "of"/"for"/"and" join capitalized words inside organisation and
/// place names ("Bank of England", "Ministry of Energy and Mineral Resources").
/// </summary>
public sealed class EnglishNameTagger(EnglishLexicon lexicon) : ITokenTagger
{
    private static readonly ulong Of = TokenHash.Lower("of"), For = TokenHash.Lower("for"), And = TokenHash.Lower("and"),
        The = TokenHash.Lower("the"), Comma = TokenHash.Lower(","), Possessive = TokenHash.Lower("'s");
    private static readonly HashSet<ulong> PlacePrepositions = [.. new[] { "in", "at", "from", "to", "near", "across", "into", "outside", "inside", "toward", "towards" }.Select(w => TokenHash.Lower(w))];
    private static readonly HashSet<ulong> SpeechVerbs = [.. new[] { "said", "says", "told", "added", "stated", "warned", "urged", "announced", "asked" }.Select(w => TokenHash.Lower(w))];

    public void Tag(string text, ReadOnlySpan<TextSpan> tokens, Span<int> tags)
    {
        int n = tokens.Length;
        tags[..n].Clear();
        var lower = new ulong[n];
        var cap = new byte[n];
        for (int i = 0; i < n; i++)
        {
            var w = text.AsSpan(tokens[i].Start, tokens[i].Length);
            lower[i] = TokenHash.Lower(w);
            cap[i] = (byte)(w.Length == 0 || !char.IsUpper(w[0]) ? 0 : IsAllCaps(w) ? 2 : 1);
        }
        int at = 0;
        while (at < n)
        {
            if (cap[at] == 0) { at++; continue; }
            int end = RunEnd(lower, cap, at);
            TagRun(lower, cap, at, end, tags);
            at = end;
        }
    }

    /// <summary>End (exclusive) of the capitalized run starting at <paramref name="start"/>; a connector
    /// (of/for/and, or the comma in "Meteorology, Climatology and …") joins only when the words before it
    /// include an organisation or place head and a capitalized word follows.</summary>
    private int RunEnd(ulong[] lower, byte[] cap, int start)
    {
        int end = start + 1;
        while (true)
        {
            while (end < cap.Length && cap[end] != 0 && !lexicon.Titles.Contains(lower[end])) end++;
            if (end + 1 < cap.Length && (lower[end] == Of || lower[end] == For || lower[end] == And || lower[end] == Comma) && cap[end + 1] != 0
                && HasHead(lower, start, end))
            {
                end += 2;
                continue;
            }
            return end;
        }
    }

    private bool HasHead(ulong[] lower, int start, int end)
    {
        for (int i = start; i < end; i++)
            if (lexicon.OrgWords.Contains(lower[i]) || lexicon.LocWords.Contains(lower[i])) return true;
        return false;
    }

    private void TagRun(ulong[] lower, byte[] cap, int start, int end, Span<int> tags)
    {
        // Peel words that are not part of the name: sentence starters, days, titles, demonyms.
        bool titled = false;
        while (start < end)
        {
            ulong w = lower[start];
            if (lexicon.Titles.Contains(w)) { titled = true; start++; continue; }
            if (lexicon.CommonWords.Contains(w) || lexicon.Demonyms.Contains(w)) { start++; continue; }
            break;
        }
        if (start >= end) return;
        // A title word may sit inside a run after a place or organisation ("Jakarta Governor Anies"): split there.
        for (int i = start + 1; i < end; i++)
        {
            if (!lexicon.Titles.Contains(lower[i]) || lexicon.OrgWords.Contains(lower[i])) continue;
            TagRun(lower, cap, start, i, tags);
            TagRun(lower, cap, i, end, tags);
            return;
        }
        // Dictionary names inside the run come first (longest match from each position).
        if (TagDictionaryNames(lower, start, end, tags)) return;

        EntityType type;
        if (lexicon.OrgWords.Contains(lower[end - 1]) || (end - start > 1 && Contains(lower, start, end, lexicon.OrgWords) && !Contains(lower, start, end, lexicon.LocWords)))
            type = EntityType.ORG;
        else if (Contains(lower, start, end, lexicon.LocWords)) type = EntityType.LOC;
        else if (titled || (start > 0 && lexicon.Titles.Contains(lower[start - 1]))) type = EntityType.PER;
        else if (end - start == 1 && IsAcronym(lower, cap, start)) type = EntityType.ORG;
        else if (start > 0 && PlacePrepositions.Contains(lower[start - 1]) && end - start == 1) type = EntityType.LOC;
        else if (start == 0 && end - start == 1 && !(end < lower.Length && SpeechVerbs.Contains(lower[end]))) return;
        else type = EntityType.PER;
        Mark(tags, start, end, type);
    }

    private bool TagDictionaryNames(ulong[] lower, int start, int end, Span<int> tags)
    {
        // Whole run known → its type. Else, if the run starts with a known name followed by a head word
        // ("Jakarta Police", "Indonesia Stock Exchange"), the head decides; else known names inside are tagged.
        int max = lexicon.Names.MaxNameTokens;
        ulong h = 0;
        for (int i = start; i < end; i++) h = TokenHash.Combine(h, lower[i]);
        if (end - start <= max && lexicon.Names.TryGetName(h, out var whole)) { Mark(tags, start, end, whole); return true; }
        if (lexicon.OrgWords.Contains(lower[end - 1]) || Contains(lower, start, end, lexicon.LocWords)) return false;
        bool any = false;
        for (int i = start; i < end;)
        {
            int matched = 0;
            EntityType type = EntityType.MISC;
            h = 0;
            for (int len = 1; len <= max && i + len <= end; len++)
            {
                h = TokenHash.Combine(h, lower[i + len - 1]);
                if (lexicon.Names.TryGetName(h, out var t)) { matched = len; type = t; }
            }
            if (matched == 0) { i++; continue; }
            Mark(tags, i, i + matched, type);
            any = true;
            i += matched;
        }
        if (!any) return false;
        // Unknown capitalized words left beside known names: a trailing run is the rest of a person's name
        // only if the known part was a person; otherwise leave them untagged.
        return true;
    }

    private static bool Contains(ulong[] lower, int start, int end, HashSet<ulong> words)
    {
        for (int i = start; i < end; i++) if (words.Contains(lower[i])) return true;
        return false;
    }

    private static bool IsAcronym(ulong[] lower, byte[] cap, int i) => cap[i] == 2;

    private static bool IsAllCaps(ReadOnlySpan<char> w)
    {
        int letters = 0;
        foreach (var c in w)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2;
    }

    private static void Mark(Span<int> tags, int start, int end, EntityType type)
    {
        tags[start] = NerTags.Begin(type);
        for (int i = start + 1; i < end; i++) tags[i] = NerTags.Inside(type);
    }
}
