using Warta.Core;

namespace Warta.Actors;

/// <summary>A dictionary name found in text: words [First, First+Count) and what they may stand for.</summary>
public readonly record struct NameMatch(int First, int Count, IReadOnlyList<NameTarget> Targets)
{
    public int End => First + Count;
}

/// <summary>
/// All dictionary names, as word sequences, looked up longest first. Case matters only where the
/// dictionary writes it: a short acronym ("AS", "MA", "PAN") matches only in capitals, a capitalized name
/// only capitalized (so the verb "mali" is not Mali), a lower-case word ("polisi") in any case.
/// A name may be added for one language only (the English agent nouns of <c>agents-en.tsv</c>): a lookup for
/// another language does not see it, so "CEO" in an Indonesian article is no actor.
/// </summary>
public sealed class NameIndex
{
    /// <summary>One dictionary name. The index holds some 140,000 of them (titles times holders, spellings), so a
    /// pattern keeps only what it needs: what most names share is null or one shared array, not a list of its own.
    /// <see cref="HyphenJoined"/>[k]: word k was written joined to the previous one by a hyphen in the dictionary
    /// ("Jong-un"), so the text may write them apart around a spaced hyphen (null: no word was).
    /// <see cref="Languages"/>[k]: the only language target k is for, or null for every language (the array null: every
    /// target is for every language). <see cref="Cases"/> is shared by the names of the same case shape.
    /// <see cref="Targets"/> is replaced, not changed, when a target is added (matches found earlier keep theirs).</summary>
    private sealed class Pattern(string[] keys, WordCase[] cases, NameTarget target, bool[]? hyphenJoined, string? language)
    {
        public readonly string[] Keys = keys;
        public readonly WordCase[] Cases = cases;
        public NameTarget[] Targets = [target];
        public bool[]? HyphenJoined = hyphenJoined;
        public string?[]? Languages = language is null ? null : [language];

        public bool Scoped => Languages is { } l && l.Any(x => x is not null);

        public string? LanguageOf(int k) => Languages?[k];

        public bool JoinedAt(int k) => HyphenJoined is { } h && h[k];

        public void AddTarget(NameTarget target, string? language)
        {
            if (language is not null || Languages is not null)
            {
                var languages = new string?[Targets.Length + 1];
                Languages?.CopyTo(languages, 0);
                languages[^1] = language;
                Languages = languages;
            }
            Targets = [.. Targets, target];
        }

        /// <summary>The targets a text in <paramref name="language"/> may mean (all of them when null); the language's
        /// own come first, so its row overrides a shared one ("junta": GOV in English news, MIL in agents.tsv).</summary>
        public IReadOnlyList<NameTarget> TargetsFor(string? language)
        {
            if (language is null || !Scoped) return Targets;
            var kept = new List<NameTarget>(Targets.Length);
            for (int k = 0; k < Targets.Length; k++)
                if (string.Equals(LanguageOf(k), language, StringComparison.Ordinal)) kept.Add(Targets[k]);
            for (int k = 0; k < Targets.Length; k++)
                if (LanguageOf(k) is null) kept.Add(Targets[k]);
            return kept;
        }
    }

    /// <summary>Compares names by their words and case shape (what a joined key string of both used to say, without
    /// keeping such a string per name).</summary>
    private sealed class FullKeyComparer : IEqualityComparer<(string[] Keys, WordCase[] Cases)>
    {
        public static readonly FullKeyComparer Instance = new();

        public bool Equals((string[] Keys, WordCase[] Cases) a, (string[] Keys, WordCase[] Cases) b) =>
            a.Keys.AsSpan().SequenceEqual(b.Keys) && a.Cases.AsSpan().SequenceEqual(b.Cases);

        public int GetHashCode((string[] Keys, WordCase[] Cases) key)
        {
            var h = new HashCode();
            foreach (var k in key.Keys) h.Add(k, StringComparer.Ordinal);
            foreach (var c in key.Cases) h.Add(c);
            return h.ToHashCode();
        }
    }

    /// <summary>One array per case shape ("Joko Widodo" and "Retno Marsudi" share theirs).</summary>
    private readonly Dictionary<WordCase[], WordCase[]> _caseShapes = new(CaseShapeComparer.Instance);

    /// <summary>Case shapes compared by their cases (a joined string of them per name cost as much as the rest of
    /// <see cref="Add(string[], WordCase[], bool[], NameTarget, string?)"/>).</summary>
    private sealed class CaseShapeComparer : IEqualityComparer<WordCase[]>
    {
        public static readonly CaseShapeComparer Instance = new();

        public bool Equals(WordCase[]? a, WordCase[]? b) => a.AsSpan().SequenceEqual(b);

        public int GetHashCode(WordCase[] cases)
        {
            var h = new HashCode();
            foreach (var c in cases) h.Add(c);
            return h.ToHashCode();
        }
    }

    private readonly Dictionary<string, Bucket> _byFirstKey = new(StringComparer.Ordinal);
    private readonly Dictionary<(string[] Keys, WordCase[] Cases), Pattern> _byFullKey = new(FullKeyComparer.Instance);

    public int Count => _byFullKey.Count;

    /// <summary>Room for <paramref name="more"/> names beyond those held, made at once: growing the table of 140,000
    /// names by doubling copied it and its large arrays many times at every start.</summary>
    public void Reserve(int more) => _byFullKey.EnsureCapacity(_byFullKey.Count + more);

    /// <param name="language">The only document language the name is looked up for, or null for all.</param>
    public void Add(string name, NameTarget target, string? language = null)
    {
        var words = WordScanner.Scan(name);
        if (words.Count == 0) return;
        // loops, not LINQ: some 35,000 names are added at every start, under the first tier of the JIT
        var keys = new string[words.Count];
        var cases = new WordCase[words.Count];
        bool hyphenated = false;
        for (int k = 0; k < words.Count; k++)
        {
            keys[k] = words[k].Key;
            cases[k] = words[k].Case;
            hyphenated |= keys[k].Contains('-');
        }
        Add(keys, cases, [], target, language);
        // "Kim Jong-un" is also found as "Kim Jong - un" (tokenized text): the hyphenated words split.
        if (hyphenated)
        {
            var joined = words.SelectMany(w => w.Key.Split('-').Select((_, k) => k > 0)).ToArray();
            var split = WordScanner.Scan(name.Replace('-', ' ').Replace('\u2010', ' ').Replace('\u2011', ' '));
            if (split.Count == joined.Length)
                Add(split.Select(w => w.Key).ToArray(), split.Select(w => w.Case).ToArray(), joined, target, language);
        }
    }

    /// <summary>Adds a name already cut into words: the same as <see cref="Add(string, NameTarget, string?)"/> for a name
    /// whose <see cref="WordScanner.Scan"/> gives these keys and cases, when none of them holds a hyphen (a hyphenated
    /// name also gets its spaced-hyphen variant, which only the string overload makes). The index keeps the arrays.</summary>
    public void AddWords(string[] keys, WordCase[] cases, NameTarget target, string? language = null)
    {
        if (keys.Length == 0 || keys.Length != cases.Length)
            throw new ArgumentException($"A name needs one case per key and at least one key ({keys.Length} keys, {cases.Length} cases).");
        foreach (var k in keys)
            if (k.Contains('-')) throw new ArgumentException($"'{k}' holds a hyphen: add the name as a string, which also files its spaced-hyphen variant.");
        Add(keys, cases, [], target, language);
    }

    /// <param name="hyphenJoined">Per key, joined to the previous one by a hyphen; empty when none is.</param>
    private void Add(string[] keys, WordCase[] cases, bool[] hyphenJoined, NameTarget target, string? language)
    {
        // the per-language views may miss the new name's bucket
        _views.Clear();
        _lastView = null;
        if (_byFullKey.TryGetValue((keys, cases), out var existing))
        {
            var bucket = BucketOf(existing);
            if (!existing.Targets.Contains(target)) existing.AddTarget(target, language);
            if (HasAny(hyphenJoined))
            {
                existing.HyphenJoined ??= new bool[keys.Length];
                for (int k = 0; k < keys.Length; k++) existing.HyphenJoined[k] |= hyphenJoined[k];
            }
            // a name of one language that another language's row (or a shared one) now also has moves to its new bucket
            if (BucketOf(existing) != bucket)
            {
                _byFirstKey[bucket].Remove(existing);
                Insert(existing);
            }
            return;
        }
        if (!_caseShapes.TryGetValue(cases, out var shared)) _caseShapes[cases] = shared = cases;
        var pattern = new Pattern(keys, shared, target, HasAny(hyphenJoined) ? hyphenJoined : null, language);
        _byFullKey[(keys, shared)] = pattern;
        Insert(pattern);
    }

    private static bool HasAny(bool[] flags) => Array.IndexOf(flags, true) >= 0;

    /// <summary>A name of one language only is filed under its first word and that language, apart from the shared
    /// names, so a look-up for another language does not walk them (the thousands of English-only people of
    /// people-petrarch.tsv stay out of the way of Indonesian text).</summary>
    private static string BucketOf(Pattern p) =>
        p.Languages is { } l && l.All(x => x is not null && x == l[0]) ? ScopedKey(p.Keys[0], l[0]!) : p.Keys[0];

    private static string ScopedKey(string firstKey, string language) => firstKey + "\u0002" + language;

    private void Insert(Pattern pattern)
    {
        var bucket = BucketOf(pattern);
        bool scoped = pattern.Scoped && bucket != pattern.Keys[0];
        if (scoped) _scopedLanguages.Add(pattern.Languages![0]!);
        if (!_byFirstKey.TryGetValue(bucket, out var names))
        {
            _byFirstKey[bucket] = names = new Bucket();
            if (scoped)
            {
                if (!_scopedByLanguage.TryGetValue(pattern.Languages![0]!, out var own)) _scopedByLanguage[pattern.Languages[0]!] = own = new(StringComparer.Ordinal);
                own[pattern.Keys[0]] = names;
            }
        }
        names.Insert(pattern);
    }

    /// <summary>The same buckets as the scoped keys of <see cref="_byFirstKey"/>, by language then first word, so a
    /// look-up builds no key string.</summary>
    private readonly Dictionary<string, Dictionary<string, Bucket>> _scopedByLanguage = new(StringComparer.Ordinal);

    private Bucket? ScopedBucket(string language, string firstKey) =>
        _scopedByLanguage.TryGetValue(language, out var own) ? own.GetValueOrDefault(firstKey) : null;

    /// <summary>The names filed under one first word, longest first (so the first that fits is the longest match;
    /// equal lengths in the order added). A name of two or more words can fit only where the text's second word is
    /// its second key, so they are listed by that key: a look-up walks only those, then the one-word names — the
    /// same order a single longest-first list would give, without walking the thousands of names that common
    /// first words ("presiden", "partai") head.</summary>
    private sealed class Bucket
    {
        private readonly Dictionary<string, List<Pattern>> _bySecondKey = new(StringComparer.Ordinal);
        private readonly List<Pattern> _singles = [];

        public void Insert(Pattern pattern)
        {
            if (pattern.Keys.Length == 1) { _singles.Add(pattern); return; }
            if (!_bySecondKey.TryGetValue(pattern.Keys[1], out var list)) _bySecondKey[pattern.Keys[1]] = list = [];
            InsertLongestFirst(list, pattern);
        }

        public void Remove(Pattern pattern)
        {
            if (pattern.Keys.Length == 1) _singles.Remove(pattern);
            else _bySecondKey[pattern.Keys[1]].Remove(pattern);
        }

        private static void InsertLongestFirst(List<Pattern> list, Pattern pattern)
        {
            // the list is longest first: find the first shorter name by halving (the title x country names file
            // hundreds of equal-length names under one pair of words, "menteri luar …")
            int lo = 0, hi = list.Count, length = pattern.Keys.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (list[mid].Keys.Length < length) hi = mid;
                else lo = mid + 1;
            }
            list.Insert(lo, pattern);
        }

        /// <summary>The names that may start at word <paramref name="i"/>, in look-up order.</summary>
        public (List<Pattern>? Longer, List<Pattern> Singles) Candidates(IReadOnlyList<Word> words, int i) =>
            (i + 1 < words.Count ? _bySecondKey.GetValueOrDefault(words[i + 1].Key)
                ?? (words[i + 1].Base is { } b ? _bySecondKey.GetValueOrDefault(b) : null) : null, _singles);
    }

    /// <summary>The languages some name is filed under alone (see <see cref="BucketOf"/>).</summary>
    private readonly HashSet<string> _scopedLanguages = new(StringComparer.Ordinal);

    /// <summary>The longest name starting at word <paramref name="i"/> (not reaching past <paramref name="limit"/>)
    /// that a text in <paramref name="language"/> may use (every name when null).</summary>
    public NameMatch? LongestAt(IReadOnlyList<Word> words, int i, int limit = int.MaxValue, string? language = null) =>
        LongestAt(words, i, words[i].Key, limit, language)
        // a reduplicated plural that is no name itself is looked up as its base: "kelompok-kelompok pemberontak"
        ?? (words[i].Base is { } b ? LongestAt(words, i, b, limit, language) : null);

    private NameMatch? LongestAt(IReadOnlyList<Word> words, int i, string key, int limit, string? language)
    {
        limit = Math.Min(limit, words.Count);
        // the names of one language only: the document's language's, or every language's when none is given
        if (language is not null)
        {
            // one look-up of the word for both buckets (asked at every word of every document)
            var (shared, own) = ViewFor(language).GetValueOrDefault(key);
            var first = shared is null ? null : LongestIn(shared, words, i, limit, language);
            return own is not null &&
                LongestIn(own, words, i, limit, language) is { } mine && (first is null || mine.Count > first.Value.Count) ? mine : first;
        }
        var best = _byFirstKey.TryGetValue(key, out var all) ? LongestIn(all, words, i, limit, language) : null;
        foreach (var l in _scopedLanguages)
            if (ScopedBucket(l, key) is { } scoped && LongestIn(scoped, words, i, limit, null) is { } m &&
                (best is null || m.Count > best.Value.Count))
                best = m;
        return best;
    }

    /// <summary>For a document language: by first word, the shared bucket (<see cref="_byFirstKey"/>) and the language's
    /// own (<see cref="ScopedBucket"/>) together. Made on first use for each language; <see cref="Add"/> drops them.</summary>
    private LanguageView ViewFor(string language)
    {
        if (_lastView is { } last && ReferenceEquals(last.Language, language)) return last.ByFirstKey;
        var view = _views.GetOrAdd(language, l =>
        {
            var byFirst = new Dictionary<string, (Bucket? Shared, Bucket? Own)>(_byFirstKey.Count, StringComparer.Ordinal);
            foreach (var (k, b) in _byFirstKey) byFirst[k] = (b, null);
            if (_scopedByLanguage.TryGetValue(l, out var own))
                foreach (var (k, b) in own) byFirst[k] = (byFirst.GetValueOrDefault(k).Shared, b);
            return new LanguageView(byFirst);
        });
        _lastView = new LastView(language, view);
        return view;
    }

    /// <remarks>Asked at every word of every document: a short word (nearly all) is answered from a small table of this
    /// thread's own that holds its characters inline (<see cref="PackedWord"/>), as the event patterns' word caches are,
    /// before the dictionary of some 100,000 first words, whose bucket, entry and key are a cache miss each. A slot names
    /// the view that filled it, so a view made after <see cref="Add"/> never reads another's answers; the table is a
    /// cache of fixed size and gives only what the view's dictionary gives.</remarks>
    private sealed class LanguageView(Dictionary<string, (Bucket? Shared, Bucket? Own)> byFirstKey)
    {
        public (Bucket? Shared, Bucket? Own) GetValueOrDefault(string key)
        {
            if (!PackedWord.TryPack(key, out var packed)) return byFirstKey.GetValueOrDefault(key);
            var slots = _threadSlots ??= new Slot[SlotCount];
            ref var slot = ref slots[packed.Slot(SlotBits)];
            if (ReferenceEquals(slot.View, this) && slot.Key == packed) return (slot.Shared, slot.Own);
            var found = byFirstKey.GetValueOrDefault(key);
            slot.View = this;
            slot.Key = packed;
            slot.Shared = found.Shared;
            slot.Own = found.Own;
            return found;
        }

        private struct Slot
        {
            public LanguageView? View;
            public PackedWord Key;
            public Bucket? Shared, Own;
        }

        // 4,096 slots per thread: a document's words and the frequent words of the documents before it
        private const int SlotBits = 12, SlotCount = 1 << SlotBits;
        [ThreadStatic] private static Slot[]? _threadSlots;
    }

    private sealed record LastView(string Language, LanguageView ByFirstKey);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, LanguageView> _views = new(StringComparer.Ordinal);
    private volatile LastView? _lastView;

    private static NameMatch? LongestIn(Bucket bucket, IReadOnlyList<Word> words, int i, int limit, string? language)
    {
        var (longer, singles) = bucket.Candidates(words, i);
        return (longer is null ? null : LongestIn(longer, words, i, limit, language)) ?? LongestIn(singles, words, i, limit, language);
    }

    private static NameMatch? LongestIn(List<Pattern> candidates, IReadOnlyList<Word> words, int i, int limit, string? language)
    {
        foreach (var p in candidates)
        {
            if (i + p.Keys.Length > limit) continue;
            if (!Fits(p, words, i)) continue;
            var targets = p.TargetsFor(language);
            if (targets.Count > 0) return new NameMatch(i, p.Keys.Length, targets);
        }
        return null;
    }

    /// <summary>All names in words [from, to) that a text in <paramref name="language"/> may use (all when null),
    /// scanned left to right, longest match first.</summary>
    public List<NameMatch> FindAll(IReadOnlyList<Word> words, int from = 0, int to = int.MaxValue, string? language = null)
    {
        to = Math.Min(to, words.Count);
        var found = new List<NameMatch>();
        for (int i = from; i < to;)
        {
            if (LongestAt(words, i, to, language) is { } m) { found.Add(m); i = m.End; }
            else i++;
        }
        return found;
    }

    private static bool Fits(Pattern p, IReadOnlyList<Word> words, int i)
    {
        for (int k = 0; k < p.Keys.Length; k++)
        {
            var w = words[i + k];
            if (k > 0 && w.GapBefore && !(p.JoinedAt(k) && w.HyphenBefore)) return false;
            if (!string.Equals(w.Key, p.Keys[k], StringComparison.Ordinal) && !string.Equals(w.Base, p.Keys[k], StringComparison.Ordinal)) return false;
            if (!CaseFits(p.Cases[k], w.Case, p.Keys[k].Length)) return false;
        }
        return true;
    }

    private static bool CaseFits(WordCase pattern, WordCase text, int length) => pattern switch
    {
        WordCase.Lower => true,
        // "NATO" may be written "Nato", but "AS" must not match the word "as".
        WordCase.AllCaps => text == WordCase.AllCaps || (length >= 4 && text == WordCase.Capitalized),
        // "Xi" may be written "XI" only in a headline; a two-letter capital pair is an acronym or a numeral ("Komisi XI").
        _ => text != WordCase.Lower && !(text == WordCase.AllCaps && length <= 2),
    };
}
