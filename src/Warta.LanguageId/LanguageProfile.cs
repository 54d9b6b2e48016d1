namespace Warta.LanguageId;

/// <summary>What Warta knows of one language: its trigram profile and its most common words (lowercase).</summary>
public sealed class LanguageProfile
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _common;

    public LanguageProfile(TrigramProfile trigrams, IEnumerable<string> commonWords)
    {
        Trigrams = trigrams;
        var set = new HashSet<string>(commonWords, StringComparer.Ordinal);
        CommonWordCount = set.Count;
        _common = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Language => Trigrams.Language;
    public TrigramProfile Trigrams { get; }
    public int CommonWordCount { get; }
    public bool IsCommonWord(ReadOnlySpan<char> lowercaseWord) => _common.Contains(lowercaseWord);

    /// <summary>Reads <c>&lt;lang&gt;.trigrams.tsv</c> and <c>&lt;lang&gt;.words.tsv</c> (WORD&lt;TAB&gt;COUNT) from <paramref name="folder"/>.</summary>
    public static LanguageProfile Load(string language, string folder, float floor)
    {
        var trigrams = TrigramProfile.Load(language, Path.Combine(folder, language + ".trigrams.tsv"), floor);
        var wordsPath = Path.Combine(folder, language + ".words.tsv");
        if (!File.Exists(wordsPath))
            throw new FileNotFoundException($"Common-word list '{wordsPath}' is missing; rebuild Warta so data/ is copied beside the program, or run 'warta train langid'.", wordsPath);
        var words = File.ReadLines(wordsPath).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')[0]);
        return new LanguageProfile(trigrams, words.ToList());
    }
}
