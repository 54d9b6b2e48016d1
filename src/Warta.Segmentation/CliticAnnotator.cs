using Warta.Core;

namespace Warta.Segmentation;

/// <summary>
/// Marks Indonesian clitics on tokens (menurutnya → -nya, kubaca → ku-), without cutting the text.
/// A clitic is marked when what remains is a known word, or — for the productive -nya/-lah/-kah —
/// when the whole word is not itself a known word and the rest is long enough. Known words whose
/// ending only looks like a clitic (hanya, punya, masalah, ilmu) are therefore left alone; the
/// exception list catches forms the word list lacks.
/// </summary>
public sealed class CliticAnnotator
{
    private readonly (string Form, Clitic Clitic, bool Productive)[] _suffixes;
    private readonly (string Form, Clitic Clitic)[] _prefixes;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _known;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _notClitic;

    /// <param name="suffixes">Suffix clitics; productive ones may attach to words the lexicon lacks.</param>
    /// <param name="prefixes">Prefix clitics (ku-, kau-): marked only before a known word.</param>
    /// <param name="knownWords">Lowercase words without clitics (lemmas and their inflected forms).</param>
    /// <param name="notClitic">Lowercase words whose ending or beginning is never a clitic.</param>
    public CliticAnnotator(IEnumerable<(string Form, Clitic Clitic, bool Productive)> suffixes,
        IEnumerable<(string Form, Clitic Clitic)> prefixes, IEnumerable<string> knownWords, IEnumerable<string> notClitic)
    {
        _suffixes = suffixes.OrderByDescending(s => s.Form.Length).ToArray();
        _prefixes = prefixes.OrderByDescending(p => p.Form.Length).ToArray();
        _known = new HashSet<string>(knownWords, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _notClitic = new HashSet<string>(notClitic, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Reads <c>clitics.tsv</c>, <c>known-words.txt</c> and <c>not-clitic.txt</c> from <paramref name="folder"/>.</summary>
    public static CliticAnnotator Load(string folder)
    {
        var path = Path.Combine(folder, "clitics.tsv");
        var suffixes = new List<(string, Clitic, bool)>();
        var prefixes = new List<(string, Clitic)>();
        foreach (var cols in DataLines.Read(path))
        {
            if (cols.Length < 3 || !Enum.TryParse<Clitic>(cols[1], ignoreCase: true, out var clitic) || clitic == Clitic.None)
                throw new InvalidDataException($"{path}: line '{string.Join('\t', cols)}' must be FORM<TAB>CLITIC<TAB>suffix|suffix-productive|prefix, CLITIC one of Nya, Lah, Kah, Ku, Kau, Mu, Pun.");
            switch (cols[2])
            {
                case "prefix": prefixes.Add((cols[0], clitic)); break;
                case "suffix": suffixes.Add((cols[0], clitic, false)); break;
                case "suffix-productive": suffixes.Add((cols[0], clitic, true)); break;
                default: throw new InvalidDataException($"{path}: '{cols[2]}' is not suffix, suffix-productive or prefix.");
            }
        }
        var known = DataLines.Read(Path.Combine(folder, "known-words.txt")).Select(c => c[0]);
        var notClitic = DataLines.Read(Path.Combine(folder, "not-clitic.txt")).Select(c => c[0]);
        return new CliticAnnotator(suffixes, prefixes, known.ToList(), notClitic.ToList());
    }

    /// <summary>Returns <paramref name="token"/> with its clitics marked (or unchanged).</summary>
    public Token Annotate(string text, Token token)
    {
        int length = token.End - token.Start;
        if (token.Kind != TokenKind.Word || length < 4 || length > 48) return token;
        Span<char> lower = stackalloc char[length];
        var word = text.AsSpan(token.Start, length);
        for (int i = 0; i < length; i++)
        {
            char c = word[i];
            if (!char.IsLetter(c)) return token; // hyphenated, dotted or mixed tokens: leave alone
            lower[i] = char.ToLowerInvariant(c);
        }
        // The answer depends on the lower-case word alone, and most words recur: a short word's answer is kept in a
        // small table of this thread's own (PackedWord inline), which spares the word-list look-ups' cache misses.
        if (!PackedWord.TryPack(lower, out var key)) return Apply(token, Analyze(lower));
        var slots = _threadSlots ??= new Slot[SlotCount];
        ref var slot = ref slots[key.Slot(SlotBits)];
        // the table is per thread, not per annotator: a slot names the annotator that filled it
        if (ReferenceEquals(slot.Owner, this) && slot.Key == key) return Apply(token, slot.Result);
        var result = Analyze(lower);
        slot.Owner = this;
        slot.Key = key;
        slot.Result = result;
        return Apply(token, result);
    }

    private readonly record struct Marks(Clitic Clitics, byte PrefixLength, byte SuffixLength);

    private static Token Apply(Token token, Marks marks) => marks.Clitics == Clitic.None ? token
        : token with { Clitics = marks.Clitics, CliticPrefixLength = marks.PrefixLength, CliticSuffixLength = marks.SuffixLength };

    private struct Slot
    {
        public CliticAnnotator? Owner;
        public PackedWord Key;
        public Marks Result;
    }

    private const int SlotBits = 12, SlotCount = 1 << SlotBits;
    [ThreadStatic] private static Slot[]? _threadSlots;

    /// <summary>The clitics of a lower-case word of letters.</summary>
    private Marks Analyze(ReadOnlySpan<char> lower)
    {
        if (_known.Contains(lower) || _notClitic.Contains(lower)) return default;

        Clitic clitics = Clitic.None;
        int suffixLength = 0, prefixLength = 0;
        var rest = lower;
        // Up to two suffixes: "-nya" + "-lah" in "dialah" is rare, but "bukankah", "itulah", "iapun" are not.
        for (int round = 0; round < 2; round++)
        {
            bool found = false;
            foreach (var (form, clitic, productive) in _suffixes)
            {
                if (rest.Length - form.Length < 2 || !rest.EndsWith(form, StringComparison.Ordinal)) continue;
                var stem = rest[..^form.Length];
                bool ok = _known.Contains(stem) || productive && round == 0 && stem.Length >= 3 && HasVowel(stem);
                if (!ok) continue;
                clitics |= clitic;
                suffixLength += form.Length;
                rest = stem;
                found = true;
                break;
            }
            if (!found || _known.Contains(rest)) break;
        }
        foreach (var (form, clitic) in _prefixes)
        {
            if (rest.Length - form.Length < 3 || !rest.StartsWith(form, StringComparison.Ordinal)) continue;
            if (!_known.Contains(rest[form.Length..])) continue;
            clitics |= clitic;
            prefixLength = form.Length;
            break;
        }
        return clitics == Clitic.None ? default : new Marks(clitics, (byte)prefixLength, (byte)suffixLength);
    }

    private static bool HasVowel(ReadOnlySpan<char> s) => s.IndexOfAny("aeiou") >= 0;
}
