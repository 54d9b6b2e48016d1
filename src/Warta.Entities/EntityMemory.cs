using System.Text;
using Warta.Core;

namespace Warta.Entities;

/// <summary>
/// The names annotated in the training corpora (lower-cased token sequences with the types they were
/// tagged with), used by <see cref="NerFeatures"/> as a second gazetteer: "this span was a PER/ORG/LOC in
/// training", and per word the tags it had inside names plus whether the corpora left it capitalised
/// outside any name (their conventions: "Tanah Air", "SPBU"). At tagging time the full list is used (shipped as <c>data/id/ner/memory.tsv</c>, written by
/// <c>warta train ner</c>); during training each sentence sees a memory built from the OTHER folds only
/// (<see cref="Jackknife"/>), so the model learns how far such a match can be trusted on unseen text
/// instead of copying its own labels.
/// </summary>
public sealed class EntityMemory
{
    /// <summary>Longest name kept: longer spans are rare and almost never repeat.</summary>
    public const int MaxTokens = 6;

    // Value: bit mask of the types seen (1 PER, 2 ORG, 4 LOC).
    private readonly Dictionary<ulong, byte> _types = [];
    // the combined hashes of every name's first 1..n-1 tokens: a longer match is worth trying only after one of them
    private readonly HashSet<ulong> _prefixes = [];
    // Per word: bit mask of the tags it had inside remembered names (bit k = tag k + 1, B-PER … I-LOC).
    private readonly Dictionary<ulong, byte> _words = [];

    /// <summary>Bit of <see cref="WordTags"/> for a word seen capitalised outside any name (not sentence-initial):
    /// the corpora's conventions for words like "Tanah Air" or "Pansel".</summary>
    public const byte Outside = 0x40;

    public EntityMemory(IEnumerable<(string Name, EntityType Type)> names, IEnumerable<string>? outside = null)
    {
        foreach (var word in outside ?? [])
        {
            ulong w = TokenHash.Lower(word);
            _words[w] = (byte)(_words.GetValueOrDefault(w) | Outside);
        }
        foreach (var (name, type) in names)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is 0 or > MaxTokens) continue;
            ulong h = 0;
            for (int i = 0; i < words.Length; i++)
            {
                ulong w = TokenHash.Lower(words[i]);
                h = TokenHash.Combine(h, w);
                if (i + 1 < words.Length) _prefixes.Add(h);
                int tag = i == 0 ? NerTags.Begin(type) : NerTags.Inside(type);
                _words[w] = (byte)(_words.GetValueOrDefault(w) | (1 << (tag - 1)));
            }
            _types[h] = (byte)(_types.GetValueOrDefault(h) | Bit(type));
        }
        // types and prefixes in one table: Mark asks both at every token, one look-up instead of two
        foreach (var h in _prefixes) _spans[h] = SpanPrefix;
        foreach (var (h, mask) in _types) _spans[h] = (byte)(_spans.GetValueOrDefault(h) | mask);
        // asked at every token: read from one-cache-line tables
        _spanMap = new HashByteMap(_spans);
        _wordMap = new HashByteMap(_words);
    }

    // value: the type mask of _types, and SpanPrefix when a longer name starts with these tokens
    private const byte SpanPrefix = 0x80;
    private readonly Dictionary<ulong, byte> _spans = [];
    private readonly HashByteMap _spanMap, _wordMap;

    /// <summary>The tags (bit mask, bit k = tag k + 1) a word had inside remembered names; 0 if none.</summary>
    public byte WordTags(ulong lowerHash) => _wordMap.GetValueOrDefault(lowerHash);

    public int Count => _types.Count;
    public int OutsideCount => _words.Values.Count(v => (v & Outside) != 0);

    /// <summary>The names of the gold entities of <paramref name="sentences"/>, lower-cased, each with its type.</summary>
    public static IEnumerable<(string Name, EntityType Type)> NamesOf(IEnumerable<TaggedSentence> sentences)
    {
        foreach (var s in sentences)
        foreach (var (start, end, type) in NerTags.Chunks(s.Tags))
            if (end - start <= MaxTokens)
                yield return (string.Join(' ', s.Tokens[start..end]).ToLowerInvariant(), type);
    }

    /// <summary>Lower-cased capitalised words tagged O, except at the start of a sentence.</summary>
    public static IEnumerable<string> OutsideOf(IEnumerable<TaggedSentence> sentences)
    {
        foreach (var s in sentences)
            for (int i = 1; i < s.Tokens.Length; i++)
                if (s.Tags[i] == NerTags.O && s.Tokens[i].Length > 1 && char.IsUpper(s.Tokens[i][0]))
                    yield return s.Tokens[i].ToLowerInvariant();
    }

    /// <summary>One memory per fold, each built from the sentences of all other folds (fold of a sentence:
    /// <see cref="TaggedSentence.Fold"/> modulo <paramref name="folds"/>).</summary>
    public static EntityMemory[] Jackknife(IReadOnlyList<TaggedSentence> sentences, int folds) =>
        [.. Enumerable.Range(0, folds).Select(k =>
        {
            var others = sentences.Where(s => s.Fold % folds != k).ToList();
            return new EntityMemory(NamesOf(others), OutsideOf(others));
        })];

    /// <summary>Codes per token of the greedy longest matches: 0 none, else 1 + 2·mask + (0 first token, 1 later).</summary>
    public void Mark(ReadOnlySpan<ulong> lower, Span<byte> codes)
    {
        codes.Clear();
        for (int i = 0; i < lower.Length;)
        {
            int matched = 0;
            byte mask = 0;
            ulong h = 0;
            for (int len = 1; len <= MaxTokens && i + len <= lower.Length; len++)
            {
                h = TokenHash.Combine(h, lower[i + len - 1]);
                byte span = _spanMap.GetValueOrDefault(h);
                if ((span & ~SpanPrefix) != 0) { matched = len; mask = (byte)(span & ~SpanPrefix); }
                if ((span & SpanPrefix) == 0) break;
            }
            if (matched == 0) { i++; continue; }
            for (int j = 0; j < matched; j++) codes[i + j] = (byte)(1 + 2 * mask + (j == 0 ? 0 : 1));
            i += matched;
        }
    }

    /// <summary>Writes the sorted, de-duplicated list (<c>name TAB PER|ORG|LOC</c>) after the header lines.</summary>
    public static void Save(string path, IEnumerable<string> header, IEnumerable<(string Name, EntityType Type)> names, IEnumerable<string>? outside = null)
    {
        var lines = names.Select(n => $"{n.Name}\t{n.Type}").Concat((outside ?? []).Select(w => $"{w}\tO"))
            .Where(l => !l.StartsWith('#')).Distinct().Order(StringComparer.Ordinal);
        var sb = new StringBuilder();
        foreach (var h in header) sb.Append("# ").Append(h).Append('\n');
        foreach (var l in lines) sb.Append(l).Append('\n');
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }

    public static EntityMemory Load(string path)
    {
        var names = new List<(string, EntityType)>();
        var outside = new List<string>();
        foreach (var line in NerLexicon.DataLines(path))
        {
            var cols = line.Split('\t');
            if (cols.Length == 2 && cols[1].Trim() == "O") { outside.Add(cols[0].Trim()); continue; }
            if (cols.Length < 2 || !Enum.TryParse<EntityType>(cols[1].Trim(), out var type) || type is not (EntityType.PER or EntityType.ORG or EntityType.LOC))
                throw new InvalidDataException($"{path}: line '{line}' must be 'name<TAB>PER|ORG|LOC' or 'word<TAB>O'.");
            names.Add((cols[0].Trim(), type));
        }
        return new EntityMemory(names, outside);
    }

    private static byte Bit(EntityType type) => type switch
    {
        EntityType.PER => 1,
        EntityType.ORG => 2,
        EntityType.LOC => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Only PER, ORG and LOC are remembered."),
    };
}
