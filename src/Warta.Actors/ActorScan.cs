using Warta.Core;

namespace Warta.Actors;

/// <summary>One document as the actor rules see it: its words, every dictionary name found in them, the
/// language cues and the reference date. Built once per document by <see cref="ActorStage"/>.</summary>
public sealed class ActorScan
{
    private readonly Dictionary<int, NameMatch> _byStart = [];
    private readonly Dictionary<int, NameMatch> _byEnd = [];

    public ActorScan(Document document, ActorDictionary dictionary)
    {
        Document = document;
        Dictionary = dictionary;
        Words = WordScanner.Scan(document.Text);
        Cues = dictionary.CuesFor(document.Language, Words);
        Date = document.Published ?? dictionary.LatestDate;
        Matches = dictionary.Names.FindAll(Words);
        foreach (var m in Matches) { _byStart[m.First] = m; _byEnd[m.End] = m; }
    }

    public Document Document { get; }
    public ActorDictionary Dictionary { get; }
    public LanguageCues Cues { get; }
    /// <summary>The article's date, or the dictionary's latest date when the article has none.</summary>
    public DateOnly Date { get; }
    public List<Word> Words { get; }
    public List<NameMatch> Matches { get; }

    public NameMatch? MatchStartingAt(int word) => _byStart.TryGetValue(word, out var m) ? m : null;
    public NameMatch? MatchEndingAt(int word) => _byEnd.TryGetValue(word, out var m) ? m : null;

    /// <summary>Index of the first word starting at or after <paramref name="offset"/>.</summary>
    public int WordAtOrAfter(int offset)
    {
        int lo = 0, hi = Words.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (Words[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The span of words [first, end).</summary>
    public TextSpan SpanOf(int first, int end) => new(Words[first].Start, Words[end - 1].End);

    public static NamedActor? CountryOf(NameMatch? match) =>
        match?.Targets.OfType<ActorTarget>().Select(t => t.Actor).FirstOrDefault(a => a.Kind == ActorKind.Country);
}
