namespace Warta.Entities;

/// <summary>
/// Word lists the Indonesian tagger's features look up: titles that precede names (Presiden, Menteri …)
/// and a gazetteer of multi-word names with their type. Both are keyed by token hashes so lookups during
/// tagging allocate nothing. Loaded from plain text files (see <see cref="Load"/>).
/// </summary>
public sealed class NerLexicon
{
    private readonly HashSet<ulong> _titles;
    private readonly Dictionary<ulong, Core.EntityType> _names;
    // the combined hashes of every name's first 1..n-1 tokens: a longer match is worth trying only after one of them
    private readonly HashSet<ulong> _prefixes = [];

    public NerLexicon(IEnumerable<string> titles, IEnumerable<(string Name, Core.EntityType Type)> names)
    {
        _titles = [.. titles.Select(t => TokenHash.Lower(t.Trim()))];
        _names = [];
        foreach (var (name, type) in names)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            MaxNameTokens = Math.Max(MaxNameTokens, words.Length);
            ulong h = 0;
            for (int k = 0; k < words.Length; k++)
            {
                h = TokenHash.Combine(h, TokenHash.Lower(words[k]));
                if (k + 1 < words.Length) _prefixes.Add(h);
            }
            _names.TryAdd(h, type);
        }
        // name and prefix in one table: the gazetteer pass asks both at every token, one look-up instead of two
        foreach (var h in _prefixes) _spans[h] = SpanPrefix;
        foreach (var (h, type) in _names) _spans[h] = (byte)(_spans.GetValueOrDefault(h) | SpanName | (byte)type);
        // asked at every token: read from one-cache-line tables
        _spanMap = new HashByteMap(_spans);
        _titleMap = new HashByteMap(_titles.ToDictionary(t => t, _ => (byte)1));
    }

    /// <summary>Bits of <see cref="SpanAt"/>: some longer name starts with these tokens; they are a name (of the type in
    /// the low bits).</summary>
    public const byte SpanPrefix = 0x80, SpanName = 0x40;
    private readonly Dictionary<ulong, byte> _spans = [];
    private readonly HashByteMap _spanMap, _titleMap;

    /// <summary>What the tokens combined into <paramref name="combined"/> are: <see cref="SpanPrefix"/> and
    /// <see cref="SpanName"/> with the <see cref="Core.EntityType"/> in the low bits, or 0 (neither).</summary>
    public byte SpanAt(ulong combined) => _spanMap.GetValueOrDefault(combined);

    public static NerLexicon Empty { get; } = new([], []);

    public int MaxNameTokens { get; }
    public int TitleCount => _titles.Count;
    public int NameCount => _names.Count;

    public bool IsTitle(ulong lowerHash) => _titleMap.GetValueOrDefault(lowerHash) != 0;

    /// <summary>Type of the name whose tokens' lower-case hashes were combined into <paramref name="combined"/>.</summary>
    public bool TryGetName(ulong combined, out Core.EntityType type) => _names.TryGetValue(combined, out type);

    /// <summary>Some name of more tokens starts with the tokens combined into <paramref name="combined"/>.</summary>
    public bool IsNamePrefix(ulong combined) => _prefixes.Contains(combined);

    /// <summary>Loads titles (one per line) and name files (<c>name TAB PER|ORG|LOC</c>); '#' lines are headers.</summary>
    public static NerLexicon Load(string titlesPath, params string[] namesPaths)
    {
        var titles = DataLines(titlesPath).ToList();
        var names = new List<(string, Core.EntityType)>();
        foreach (var namesPath in namesPaths)
        foreach (var line in DataLines(namesPath))
        {
            var cols = line.Split('\t');
            if (cols.Length < 2 || !Enum.TryParse<Core.EntityType>(cols[1].Trim(), out var type))
                throw new InvalidDataException($"{namesPath}: line '{line}' must be 'name<TAB>PER|ORG|LOC'.");
            names.Add((cols[0].Trim(), type));
        }
        return new NerLexicon(titles, names);
    }

    internal static IEnumerable<string> DataLines(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"NER word list '{path}' does not exist; rebuild so data/ is copied, or set WARTA_DATA.", path);
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            yield return line;
        }
    }
}
