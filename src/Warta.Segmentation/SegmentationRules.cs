namespace Warta.Segmentation;

/// <summary>How an abbreviation that ends in a dot behaves at a possible sentence end.</summary>
public enum AbbreviationKind : byte
{
    /// <summary>Precedes a name or number (Dr., Prof., Jl., No.): never ends a sentence.</summary>
    Title,
    /// <summary>May end a sentence, but usually does not (U.S., Tbk., S.H.): ends one only before a
    /// typical sentence opener (a word of the starter list, or an opening quote).</summary>
    Inner,
    /// <summary>Usually closes a phrase (dll., dsb., etc.): ends a sentence before any capitalized word.</summary>
    Final,
}

/// <summary>
/// The language data the segmenter uses: abbreviations with their kind, words that typically open a
/// sentence, and prefixes split from a following number (Rp1,2 → Rp | 1,2). Loaded from
/// <c>data/&lt;lang&gt;/segmentation/</c>; tests build small ones directly.
/// </summary>
public sealed class SegmentationRules
{
    private readonly Dictionary<string, AbbreviationKind> _abbreviations;
    private readonly Dictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> _abbreviationLookup;
    private readonly HashSet<string> _starters;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _starterLookup;
    private readonly string[] _numberPrefixes;

    public SegmentationRules(IEnumerable<KeyValuePair<string, AbbreviationKind>> abbreviations,
        IEnumerable<string> sentenceStarters, IEnumerable<string> numberPrefixes,
        bool splitPossessive = false, CliticAnnotator? clitics = null)
    {
        _abbreviations = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        foreach (var (abbr, kind) in abbreviations)
        {
            _abbreviations[abbr] = kind;
            // A lowercase abbreviation also opens a sentence capitalized ("dll." → "Dll.").
            if (abbr.Length > 0 && char.IsLower(abbr[0]))
                _abbreviations.TryAdd(char.ToUpperInvariant(abbr[0]) + abbr[1..], kind);
        }
        _abbreviationLookup = _abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        _starters = new HashSet<string>(sentenceStarters, StringComparer.Ordinal);
        _starterLookup = _starters.GetAlternateLookup<ReadOnlySpan<char>>();
        _numberPrefixes = numberPrefixes.Distinct().OrderByDescending(p => p.Length).ToArray();
        SplitPossessive = splitPossessive;
        Clitics = clitics;
    }

    /// <summary>English: "NATO's" → "NATO" + "'s", so names stay whole tokens.</summary>
    public bool SplitPossessive { get; }
    /// <summary>Clitic annotation (Indonesian), or null for languages without it.</summary>
    public CliticAnnotator? Clitics { get; }
    public IReadOnlyCollection<string> Abbreviations => _abbreviations.Keys;
    public IReadOnlyCollection<string> SentenceStarters => _starters;
    public IReadOnlyList<string> NumberPrefixes => _numberPrefixes;

    /// <summary>The kind of <paramref name="tokenWithDot"/> (e.g. "Dr."), or null when it is no known abbreviation.</summary>
    public AbbreviationKind? AbbreviationOf(ReadOnlySpan<char> tokenWithDot) =>
        _abbreviationLookup.TryGetValue(tokenWithDot, out var kind) ? kind : null;

    public bool IsSentenceStarter(ReadOnlySpan<char> word) => _starterLookup.Contains(word);

    /// <summary>Length of a number prefix ("Rp", "US$") at the start of <paramref name="text"/> that is directly followed by a digit, else 0.</summary>
    public int NumberPrefixLength(ReadOnlySpan<char> text)
    {
        foreach (var p in _numberPrefixes)
            if (text.Length > p.Length && text.StartsWith(p, StringComparison.Ordinal) && char.IsAsciiDigit(text[p.Length]))
                return p.Length;
        return 0;
    }

    /// <summary>Reads <c>abbreviations.tsv</c>, <c>sentence-starters.txt</c>, <c>number-prefixes.txt</c> and,
    /// when present, the clitic files of <paramref name="folder"/>.</summary>
    public static SegmentationRules Load(string folder, bool splitPossessive = false)
    {
        var abbreviations = new List<KeyValuePair<string, AbbreviationKind>>();
        var abbrPath = Path.Combine(folder, "abbreviations.tsv");
        foreach (var cols in DataLines.Read(abbrPath))
        {
            var kind = cols.Length < 2 ? AbbreviationKind.Inner : cols[1].Trim() switch
            {
                "title" => AbbreviationKind.Title,
                "inner" => AbbreviationKind.Inner,
                "final" => AbbreviationKind.Final,
                var other => throw new InvalidDataException(
                    $"{abbrPath}: abbreviation '{cols[0]}' has kind '{other}'; use title, inner or final."),
            };
            if (!cols[0].EndsWith('.'))
                throw new InvalidDataException($"{abbrPath}: abbreviation '{cols[0]}' must end with a dot.");
            abbreviations.Add(new(cols[0].Trim(), kind));
        }
        var starters = DataLines.Read(Path.Combine(folder, "sentence-starters.txt")).Select(c => c[0].Trim());
        var prefixes = DataLines.Read(Path.Combine(folder, "number-prefixes.txt")).Select(c => c[0].Trim());
        var clitics = File.Exists(Path.Combine(folder, "clitics.tsv")) ? CliticAnnotator.Load(folder) : null;
        return new SegmentationRules(abbreviations, starters.ToList(), prefixes.ToList(), splitPossessive, clitics);
    }

    /// <summary>Rules for a text of unknown language: the union of all, without clitics.</summary>
    public static SegmentationRules Union(params SegmentationRules[] rules) => new(
        rules.SelectMany(r => r._abbreviations),
        rules.SelectMany(r => r._starters),
        rules.SelectMany(r => r._numberPrefixes));
}
