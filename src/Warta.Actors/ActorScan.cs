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
        Words = DocumentWords.Of(document);
        Cues = dictionary.CuesFor(document.Language, Words);
        // An undated text is read at the latest date it states with a year (UndatedReferenceDate).
        Date = document.Published ?? new UndatedReferenceDate(dictionary).Of(document);
        Matches = DocumentWords.NamesOf(document, dictionary.Names, Cues.Language);
        foreach (var m in Matches) { _byStart[m.First] = m; _byEnd[m.End] = m; }
    }

    public Document Document { get; }
    public ActorDictionary Dictionary { get; }
    public LanguageCues Cues { get; }
    /// <summary>The article's date; when the article has none, the latest date its text states with a year, else the
    /// dictionary's latest date (<see cref="UndatedReferenceDate"/>).</summary>
    public DateOnly Date { get; }
    public List<Word> Words { get; }
    public List<NameMatch> Matches { get; }

    /// <summary>How many capitalized words (a title, a first name) may stand between "former" and a surname
    /// ("former U.S. President Joe Biden").</summary>
    private const int FormerReach = 4;

    /// <summary>
    /// The actor code of a known person named at word <paramref name="first"/>: the role held at the article's date.
    /// An UNDATED text (a codebook-style sentence, read at the dictionary's latest date) naming someone whose spells
    /// have all ended is read at their most recent office ("Biden met …", "Assad received …" act in the role they are
    /// known for), unless "former" comes before the name ("former President Biden" keeps the nationality).
    /// </summary>
    public string? PersonCode(Person person, int first)
    {
        var code = Dictionary.CodeOf(person, Date);
        if (Document.Published is not null || person.Spells.Any(s => s.Covers(Date)) || IsFormer(first)) return code;
        var last = person.Spells.Where(s => s.From <= Date).MaxBy(s => s.From);
        if (last is null) return code;
        return Dictionary.Roles.TryGetValue(last.Target, out var role) ? role.Code : last.Target;
    }

    private bool IsFormer(int first)
    {
        for (int k = first - 1; k >= 0 && k >= first - 1 - FormerReach; k--)
        {
            if (Cues.Former.Contains(Words[k].Key)) return true;
            if (Words[k].Case is not (WordCase.Capitalized or WordCase.AllCaps)) return false;
        }
        return false;
    }

    /// <summary>The country the article is about (<see cref="ArticleCountry.Dominant"/>), or null.</summary>
    public string? MainCountry
    {
        get
        {
            if (!_mainCountryKnown) (_mainCountry, _mainCountryKnown) = (ArticleCountry.Dominant(this), true);
            return _mainCountry;
        }
    }
    private string? _mainCountry;
    private bool _mainCountryKnown;

    /// <summary>The country of bare titles ("Menlu", "the minister"): the language's home country, else the article's.</summary>
    public string? TitleCountry => Cues.Home != LanguageCues.UnknownCountry ? Cues.Home : MainCountry;

    /// <summary>The country of the last mention before word <paramref name="word"/> of a generic agent with
    /// this role whose own phrase named its country ("pengungsi Burundi", "polisi di Makassar" for a later
    /// "para pengungsi", "polisi"). A place later in its sentence is too weak to hand on ("polisi menjenguk
    /// Novel, yang dirawat di Singapura").</summary>
    public string? EarlierAgentCountry(string role, int word)
    {
        _agentCountries ??= Matches
            .Where(m => ActorResolver.Preferred(m.Targets) is AgentTarget)
            .Select(m => (m.First, ((AgentTarget)ActorResolver.Preferred(m.Targets)).Agent.Role,
                Code: AgentCountry.Possessor(m, this) ?? AgentCountry.Beside(m, this) ?? AgentCountry.PlaceInPhrase(m, this)))
            .Where(x => x.Code is not null)
            .Select(x => (x.First, x.Role, x.Code!))
            .ToList();
        string? found = null;
        foreach (var (first, r, code) in _agentCountries)
        {
            if (first >= word) break;
            if (r == role) found = code;
        }
        return found;
    }
    private List<(int First, string Role, string Code)>? _agentCountries;

    /// <summary>The dictionary names in words [from, to) this document's language may use.</summary>
    public List<NameMatch> NamesIn(int from, int to) => Dictionary.Names.FindAll(Words, from, to, Cues.Language);

    /// <summary>The longest dictionary name at word <paramref name="word"/> this document's language may use.</summary>
    public NameMatch? LongestNameAt(int word) => Dictionary.Names.LongestAt(Words, word, language: Cues.Language);

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
