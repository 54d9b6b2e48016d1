using Warta.Core;

namespace Warta.Entities;

/// <summary>
/// English NER without a trained model (no English annotated corpus is available): runs of capitalized
/// words are found, leading starters/titles/demonyms are peeled off, and each remaining run is typed by
/// the name dictionary, then by its head words (Ministry, Party, Inc. → ORG; Islands, Sea, Republic → LOC),
/// then by context (a title before it → PER; "in/at/from X" → LOC), and otherwise as a person (most unknown
/// capitalized runs in news are people). "of"/"for"/"and" join capitalized words inside organisation and
/// place names ("Bank of England", "Ministry of Energy and Mineral Resources"), "on" after a few body words
/// ("Commission on Human Rights").
/// </summary>
public sealed class EnglishNameTagger(EnglishLexicon lexicon) : ITokenTagger
{
    private static readonly ulong Of = TokenHash.Lower("of"), For = TokenHash.Lower("for"), And = TokenHash.Lower("and"),
        On = TokenHash.Lower("on"), The = TokenHash.Lower("the"), A = TokenHash.Lower("a"), An = TokenHash.Lower("an"), Comma = TokenHash.Lower(","), Possessive = TokenHash.Lower("'s");
    private static readonly HashSet<ulong> PlacePrepositions = [.. new[] { "in", "at", "from", "to", "near", "across", "into", "outside", "inside", "toward", "towards" }.Select(w => TokenHash.Lower(w))];
    private static readonly HashSet<ulong> SpeechVerbs = [.. new[] { "said", "says", "told", "added", "stated", "warned", "urged", "announced", "asked" }.Select(w => TokenHash.Lower(w))];

    public void Tag(string text, ReadOnlySpan<TextSpan> tokens, Span<int> tags)
    {
        int n = tokens.Length;
        tags[..n].Clear();
        var lower = new ulong[n];
        var cap = new byte[n];
        var compound = new bool[n];
        for (int i = 0; i < n; i++)
        {
            var w = text.AsSpan(tokens[i].Start, tokens[i].Length);
            lower[i] = TokenHash.Lower(w);
            cap[i] = (byte)(w.Length == 0 || !char.IsUpper(w[0]) ? 0 : IsAllCaps(w) ? 2 : 1);
            int hyphen = w.LastIndexOf('-');
            compound[i] = hyphen > 0 && hyphen + 1 < w.Length && char.IsLower(w[hyphen + 1]);
        }
        int at = 0;
        while (at < n)
        {
            if (cap[at] == 0) { at++; continue; }
            int end = RunEnd(lower, cap, at);
            // "Dar es Salaam", "Rio de Janeiro", "Democratic Republic of the Congo": a known name may go on over lower-case words
            // (also after a starter: "The Democratic Republic of the Congo")
            int from = lexicon.CommonWords.Contains(lower[at]) && at + 1 < n && cap[at + 1] != 0 ? at + 1 : at;
            int known = KnownNameLength(lower, from, Math.Min(n, from + lexicon.Names.MaxNameTokens));
            if (from + known > end) end = from + known;
            // "Kurdish-led", "Iran-backed", "London-based": one capitalized word closed by a lower-case part is an
            // adjective, no name (the actor dictionary still knows "Saudi-led" and the like)
            if (end - at == 1 && compound[at] && WholeName(lower, at, end) is null) { at = end; continue; }
            TagRun(lower, cap, at, end, tags);
            at = end;
        }
    }

    /// <summary>End (exclusive) of the capitalized run starting at <paramref name="start"/>. A title word
    /// ends the run ("Jakarta Governor Anies") unless the run already has a head word ("Ministry of Foreign
    /// Affairs"); a connector (of/for/and, or the comma in "Meteorology, Climatology and …") joins only
    /// when the words before it include a head word and a capitalized word follows.</summary>
    private int RunEnd(ulong[] lower, byte[] cap, int start)
    {
        int end = start + 1;
        while (true)
        {
            while (end < cap.Length && cap[end] != 0 && (!lexicon.Titles.Contains(lower[end]) || HasHead(lower, start, CapitalizedEnd(cap, end)))) end++;
            if (end + 1 < cap.Length && (lower[end] == Of || lower[end] == For || lower[end] == And || lower[end] == Comma) && cap[end + 1] != 0
                && HasHead(lower, start, end))
            {
                end += 2;
                continue;
            }
            if (end + 1 < cap.Length && lower[end] == On && JoinsOn(lower, cap, end))
            {
                end += 2;
                continue;
            }
            return end;
        }
    }

    /// <summary>"Commission on Human Rights", "Council on Foreign Relations": "on" joins a body's name only right after
    /// one of the on-heads and before a capitalized word that is no day or month ("the Commission on Monday") and does not
    /// start a known name of its own ("the Security Council on Ukraine").</summary>
    private bool JoinsOn(ulong[] lower, byte[] cap, int on)
    {
        if (!lexicon.OnHeads.Contains(lower[on - 1]) || cap[on + 1] == 0 || lexicon.CommonWords.Contains(lower[on + 1])) return false;
        int max = Math.Min(CapitalizedEnd(cap, on + 1), on + 1 + lexicon.Names.MaxNameTokens);
        for (int end = on + 2; end <= max; end++)
            if (WholeName(lower, on + 1, end) is not null) return false;
        return true;
    }

    private static int CapitalizedEnd(byte[] cap, int from)
    {
        while (from < cap.Length && cap[from] != 0) from++;
        return from;
    }

    private bool HasHead(ulong[] lower, int start, int end)
    {
        for (int i = start; i < end; i++)
            if (lexicon.OrgWords.Contains(lower[i]) || lexicon.LocWords.Contains(lower[i])) return true;
        return false;
    }

    private void TagRun(ulong[] lower, byte[] cap, int start, int end, Span<int> tags)
    {
        // Peel sentence starters, days and titles ("President", "Mr.") unless a head word follows, which makes
        // them part of a name ("General Elections Commission").
        bool titled = false;
        while (start < end)
        {
            ulong w = lower[start];
            // "Doctors Without Borders", "Reporters Without Borders": a known name of several words opening the run keeps its
            // first word, though alone it would be a starter ("Doctors said …")
            if (KnownNameLength(lower, start, end) >= 2) break;
            bool headAfter = HasHead(lower, start + 1, end);
            if (lexicon.Titles.Contains(w) && !lexicon.OrgWords.Contains(w) && !headAfter) { titled = true; start++; continue; }
            if (lexicon.CommonWords.Contains(w) && !(headAfter && !lexicon.Names.TryGetName(TokenHash.Combine(0, w), out _) && cap[start] != 0 && start > 0)) { start++; continue; }
            break;
        }
        if (start >= end) return;
        if (WholeName(lower, start, end) is { } known) { Mark(tags, start, end, known); return; }
        // "United Arab Emirates and Qatar", "the Security Council, Ukraine …": a connector the run was joined at
        // separates two names when a known name stands whole on one side of it.
        for (int i = start + 1; i < end - 1; i++)
        {
            if (lower[i] != And && lower[i] != Comma) continue;
            if (WholeName(lower, i + 1, end) is null && WholeName(lower, start, i) is null) continue;
            TagRun(lower, cap, start, i, tags);
            TagRun(lower, cap, i + 1, end, tags);
            return;
        }
        bool head = HasHead(lower, start, end);
        if (!head)
        {
            // A title inside a run without a head splits it: "Jakarta Governor Anies Baswedan".
            for (int i = start + 1; i < end; i++)
            {
                if (!lexicon.Titles.Contains(lower[i])) continue;
                TagRun(lower, cap, start, i, tags);
                TagRun(lower, cap, i, end, tags);
                return;
            }
            // A demonym is not a name ("Indonesian President …"), but it is part of one before a head word
            // ("Indonesian Ulema Council", "English Channel").
            if (lexicon.Demonyms.Contains(lower[start]))
            {
                TagRun(lower, cap, start + 1, end, tags);
                return;
            }
            // A compound demonym ("South Sudanese", "Sri Lankan", "Papua New Guinean") is no name either, so the
            // actor stage joins it to the role noun after it ("South Sudanese troops") as it does a one-word demonym.
            if (end - start <= 3 && lexicon.Demonyms.Contains(lower[end - 1]) && WholeName(lower, start, end) is null) return;
        }
        if (head)
        {
            // The last head word decides: "Bank of England" → ORG, "Natuna Islands" → LOC.
            for (int i = end - 1; i >= start; i--)
            {
                if (lexicon.OrgWords.Contains(lower[i])) { Mark(tags, start, end, EntityType.ORG); return; }
                if (lexicon.LocWords.Contains(lower[i])) { Mark(tags, start, end, EntityType.LOC); return; }
            }
        }
        if (TagDictionaryNames(lower, start, end, tags)) return;

        bool single = end - start == 1;
        ulong before = start > 0 ? lower[start - 1] : 0;
        EntityType type;
        if (titled || (start > 0 && lexicon.Titles.Contains(before))) type = EntityType.PER;
        else if (single && cap[start] == 2) type = EntityType.ORG;
        // "Nigeria's Zamfara state", "in Sagaing region": a place word in lower case right after the name
        else if (end < lower.Length && cap[end] == 0 && lexicon.LocWords.Contains(lower[end])) type = EntityType.LOC;
        else if (start > 0 && before == The) type = EntityType.ORG;
        else if (single && (before == A || before == An)) return; // "an Islamic conference": an adjective
        else if (single && start > 0 && PlacePrepositions.Contains(before)) type = EntityType.LOC;
        else if (single && start == 0 && !(end < lower.Length && SpeechVerbs.Contains(lower[end]))) return;
        else type = EntityType.PER;
        Mark(tags, start, end, type);
    }

    /// <summary>The length of the longest dictionary name starting at <paramref name="start"/> inside the run (0: none).</summary>
    private int KnownNameLength(ulong[] lower, int start, int end)
    {
        int matched = 0;
        ulong h = 0;
        for (int len = 1; len <= lexicon.Names.MaxNameTokens && start + len <= end; len++)
        {
            h = TokenHash.Combine(h, lower[start + len - 1]);
            if (lexicon.Names.TryGetName(h, out _)) matched = len;
        }
        return matched;
    }

    private EntityType? WholeName(ulong[] lower, int start, int end)
    {
        if (end - start > lexicon.Names.MaxNameTokens) return null;
        ulong h = 0;
        for (int i = start; i < end; i++) h = TokenHash.Combine(h, lower[i]);
        return lexicon.Names.TryGetName(h, out var type) ? type : null;
    }

    /// <summary>Tags known names inside a run (longest match from each position); true if any was found.
    /// Unknown capitalized words beside them are left untagged.</summary>
    private bool TagDictionaryNames(ulong[] lower, int start, int end, Span<int> tags)
    {
        int max = lexicon.Names.MaxNameTokens;
        bool any = false;
        for (int i = start; i < end;)
        {
            int matched = 0;
            EntityType type = EntityType.MISC;
            ulong h = 0;
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
        return any;
    }

    private static bool Contains(ulong[] lower, int start, int end, HashSet<ulong> words)
    {
        for (int i = start; i < end; i++) if (words.Contains(lower[i])) return true;
        return false;
    }

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
