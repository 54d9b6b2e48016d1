using System.Globalization;

namespace Warta.LanguageId;

/// <summary>The identified language, the mean log probability per trigram under it, the lead over the
/// runner-up, and the share of words that are among that language's common words.</summary>
public readonly record struct LanguageGuess(string Language, double Score, double Margin, int Trigrams, double CommonWordShare);

/// <summary>
/// Picks the language whose trigram profile gives the text the highest mean log probability per
/// trigram; character trigrams tell Indonesian from English even in a short title. Whether the text is
/// in that language at all (and not German or French) is judged on two signs: the mean log probability
/// (<see cref="MinScore"/>) and the share of its words that are among the language's common words
/// (<see cref="MinCommonWordShare"/>). A text that fails both, or has too few letters to judge, is
/// <c>other</c>. Malay passes as Indonesian, which is what Warta wants.
/// </summary>
public sealed class LanguageIdentifier
{
    public const string Other = "other";
    private readonly LanguageProfile[] _profiles;
    // All profiles' trigrams in one table: one lookup per trigram gives every language's log probability.
    private readonly Dictionary<ulong, int> _row;
    private readonly float[] _logProbabilities;
    private readonly float[] _floors;

    /// <param name="minScore">Mean log probability per trigram that alone makes the text the best language.</param>
    /// <param name="minCommonWordShare">Share of common words of the best language that alone makes the text that language.</param>
    /// <param name="minTrigrams">Fewer trigrams than this (a few letters) is <c>other</c>.</param>
    /// <param name="maxChars">Only the first characters are read: 1,500 (title and lead) decide an article.</param>
    public LanguageIdentifier(IEnumerable<LanguageProfile> profiles, double minScore, double minCommonWordShare, int minTrigrams = 8, int maxChars = 1500)
    {
        _profiles = profiles.ToArray();
        if (_profiles.Length == 0) throw new ArgumentException("Language identification needs at least one profile.", nameof(profiles));
        MinScore = minScore;
        MinCommonWordShare = minCommonWordShare;
        MinTrigrams = minTrigrams;
        MaxChars = maxChars;
        _row = new Dictionary<ulong, int>();
        foreach (var p in _profiles)
            foreach (var key in p.Trigrams.Keys) _row.TryAdd(key, _row.Count);
        _logProbabilities = new float[_row.Count * _profiles.Length];
        foreach (var (key, row) in _row)
            for (int l = 0; l < _profiles.Length; l++) _logProbabilities[row * _profiles.Length + l] = _profiles[l].Trigrams.LogProbability(key);
        _floors = _profiles.Select(p => p.Trigrams.Floor).ToArray();
        _table = new TrigramTable(_row);
    }

    private readonly TrigramTable _table;

    public double MinScore { get; }
    public double MinCommonWordShare { get; }
    public int MinTrigrams { get; }
    public int MaxChars { get; }
    public IReadOnlyList<LanguageProfile> Profiles => _profiles;

    /// <summary>Loads the profiles named in <c>settings.tsv</c> of <paramref name="folder"/> and its thresholds.</summary>
    public static LanguageIdentifier Load(string folder)
    {
        var settingsPath = Path.Combine(folder, "settings.tsv");
        if (!File.Exists(settingsPath)) throw new FileNotFoundException($"Language-id settings '{settingsPath}' are missing; rebuild Warta or set WARTA_DATA.", settingsPath);
        var settings = File.ReadLines(settingsPath).Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t')).ToDictionary(c => c[0], c => c.Length > 1 ? c[1] : "");
        string Setting(string key) => settings.TryGetValue(key, out var v) ? v
            : throw new InvalidDataException($"{settingsPath}: setting '{key}' is missing.");
        double Number(string key) => double.TryParse(Setting(key), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d
            : throw new InvalidDataException($"{settingsPath}: setting '{key}' = '{Setting(key)}' is not a number.");
        var languages = Setting("languages").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var floor = (float)Number("floor");
        var profiles = languages.Select(l => LanguageProfile.Load(l, folder, floor)).ToList();
        return new LanguageIdentifier(profiles, Number("min-score"), Number("min-common-word-share"), (int)Number("min-trigrams"));
    }

    public LanguageGuess Identify(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxChars) text = text[..MaxChars];
        var state = new Accumulator(_table, _logProbabilities, _floors);
        Trigrams.Visit(text, ref state);
        if (state.Count < MinTrigrams) return new LanguageGuess(Other, double.NegativeInfinity, 0, state.Count, 0);
        int best = 0, second = -1;
        for (int i = 1; i < _profiles.Length; i++)
        {
            if (state.Sums[i] > state.Sums[best]) { second = best; best = i; }
            else if (second < 0 || state.Sums[i] > state.Sums[second]) second = i;
        }
        double score = state.Sums[best] / state.Count;
        double margin = second < 0 ? 0 : (state.Sums[best] - state.Sums[second]) / state.Count;
        double share = CommonWordShare(text, _profiles[best]);
        var language = score < MinScore && share < MinCommonWordShare ? Other : _profiles[best].Language;
        return new LanguageGuess(language, score, margin, state.Count, share);
    }

    /// <summary>Share of the words (runs of letters) of <paramref name="text"/> that are common words of the profile.</summary>
    public static double CommonWordShare(ReadOnlySpan<char> text, LanguageProfile profile)
    {
        Span<char> word = stackalloc char[32];
        int words = 0, common = 0, i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            words++;
            int length = i - start;
            if (length > word.Length) continue;
            for (int k = 0; k < length; k++) word[k] = char.ToLowerInvariant(text[start + k]);
            if (profile.IsCommonWord(word[..length])) common++;
        }
        return words == 0 ? 0 : (double)common / words;
    }

    private struct Accumulator(TrigramTable rows, float[] table, float[] floors) : Trigrams.ITrigramSink
    {
        public readonly double[] Sums = new double[floors.Length];
        public int Count;

        public void Add(ulong trigram)
        {
            Count++;
            int n = floors.Length;
            int row = rows.RowOf(trigram);
            if (row >= 0)
                for (int i = 0; i < n; i++) Sums[i] += table[row * n + i];
            else
                for (int i = 0; i < n; i++) Sums[i] += floors[i];
        }
    }
}
