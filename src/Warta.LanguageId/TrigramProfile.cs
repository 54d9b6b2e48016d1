using System.Globalization;
using System.Text;

namespace Warta.LanguageId;

/// <summary>
/// A language's character-trigram profile: log probabilities of its most frequent trigrams, and a
/// floor for trigrams it never saw. Stored as <c>data/langid/&lt;lang&gt;.trigrams.tsv</c>
/// (<c>TRIGRAM&lt;TAB&gt;COUNT</c>, space written as <c>_</c>, plus a <c>__total__</c> line), written by
/// <c>warta train langid</c>.
/// </summary>
public sealed class TrigramProfile
{
    private readonly Dictionary<ulong, float> _logProbability;

    /// <param name="floor">Log probability of an unseen trigram; by default a little less than that of a
    /// trigram seen once. Give all profiles the same floor, or a profile trained on less text would win
    /// every text full of unseen trigrams.</param>
    public TrigramProfile(string language, IReadOnlyDictionary<ulong, long> counts, long total, float? floor = null)
    {
        if (total <= 0) throw new ArgumentException($"Profile '{language}' has no trigrams.", nameof(total));
        Language = language;
        _logProbability = counts.ToDictionary(kv => kv.Key, kv => (float)Math.Log((double)kv.Value / total));
        // Unseen trigrams get a little less than a trigram seen once would.
        Floor = floor ?? (float)Math.Log(0.5 / total);
    }

    public string Language { get; }
    public float Floor { get; }
    public int Count => _logProbability.Count;
    public IEnumerable<ulong> Keys => _logProbability.Keys;

    public float LogProbability(ulong trigram) => _logProbability.TryGetValue(trigram, out var p) ? p : Floor;

    public static TrigramProfile Load(string language, string path, float? floor = null)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"Language profile '{path}' is missing; rebuild Warta so data/ is copied beside the program, or run 'warta train langid'.", path);
        var counts = new Dictionary<ulong, long>();
        long total = 0;
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t');
            if (tab < 0 || !long.TryParse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                throw new InvalidDataException($"{path}:{n}: expected TRIGRAM<TAB>COUNT.");
            var key = line[..tab];
            if (key == "__total__") { total = count; continue; }
            if (key.Length != 3) throw new InvalidDataException($"{path}:{n}: '{key}' is not a trigram.");
            var k = key.Replace('_', ' ');
            counts[Trigrams.Pack(k[0], k[1], k[2])] = count;
        }
        if (total == 0) throw new InvalidDataException($"{path}: no __total__ line; regenerate it with 'warta train langid'.");
        return new TrigramProfile(language, counts, total, floor);
    }

    /// <summary>Writes the <paramref name="keep"/> most frequent trigrams of <paramref name="counts"/>.</summary>
    public static void Write(string path, IReadOnlyDictionary<ulong, long> counts, int keep, IEnumerable<string> headerLines)
    {
        var sb = new StringBuilder();
        foreach (var h in headerLines) sb.Append("# ").Append(h).Append('\n');
        sb.Append("__total__\t").Append(counts.Values.Sum().ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var (key, count) in counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(keep))
            sb.Append(Trigrams.Unpack(key).Replace(' ', '_')).Append('\t').Append(count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        File.WriteAllText(path, sb.ToString());
    }

    /// <summary>Writes the <paramref name="keep"/> most frequent words with their counts.</summary>
    public static void WriteWords(string path, IReadOnlyDictionary<string, long> counts, int keep, IEnumerable<string> headerLines)
    {
        var sb = new StringBuilder();
        foreach (var h in headerLines) sb.Append("# ").Append(h).Append('\n');
        foreach (var (word, count) in counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(keep))
            sb.Append(word).Append('\t').Append(count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        File.WriteAllText(path, sb.ToString());
    }

    /// <summary>Counts the trigrams of texts (for training).</summary>
    public static Dictionary<ulong, long> CountTrigrams(IEnumerable<string> texts)
    {
        var counts = new Dictionary<ulong, long>();
        foreach (var text in texts)
            Trigrams.Visit(text.AsSpan(), ref counts, static (ref Dictionary<ulong, long> c, ulong t) =>
                c[t] = c.GetValueOrDefault(t) + 1);
        return counts;
    }
}
