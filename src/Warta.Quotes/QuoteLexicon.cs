namespace Warta.Quotes;

/// <summary>
/// The word lists one language needs to find quotations and their speakers, loaded from
/// <c>data/&lt;lang&gt;/quotes/*.txt</c> (one lowercase entry per line, <c>#</c> comments). Nothing about a
/// language is written in code: a new language is a new folder of these files.
/// </summary>
public sealed class QuoteLexicon
{
    private static readonly string[] FileNames =
    [
        "cues-after", "cues-reporting", "cues-according", "pronouns", "demonstratives", "negators",
        "not-statement-starts", "not-speakers", "speech-nouns", "titles", "org-words", "function-words",
        "time-words", "adverbs", "cues-passive", "clause-boundaries", "determiners", "cues-reporting-marked",
    ];

    public required IReadOnlySet<string> AfterCues { get; init; }
    public required IReadOnlySet<string> ReportingVerbs { get; init; }
    public required IReadOnlySet<string> AccordingWords { get; init; }
    public required IReadOnlySet<string> Pronouns { get; init; }
    public required IReadOnlySet<string> Demonstratives { get; init; }
    public required IReadOnlySet<string> Negators { get; init; }
    public required IReadOnlySet<string> NotStatementStarts { get; init; }
    public required IReadOnlySet<string> NotSpeakers { get; init; }
    public required IReadOnlySet<string> SpeechNouns { get; init; }
    public required IReadOnlySet<string> Titles { get; init; }
    public required IReadOnlySet<string> OrgWords { get; init; }
    public required IReadOnlySet<string> FunctionWords { get; init; }
    public required IReadOnlySet<string> TimeWords { get; init; }
    public required IReadOnlySet<string> Adverbs { get; init; }
    public required IReadOnlySet<string> PassiveCues { get; init; }
    /// <summary>Speech verbs with another common sense: they report only before a comma or complementizer.</summary>
    public required IReadOnlySet<string> MarkedReportingVerbs { get; init; }
    public required IReadOnlySet<string> ClauseBoundaries { get; init; }
    public required IReadOnlySet<string> Determiners { get; init; }
    /// <summary>The clitic that turns a cue into "he/she said" (<c>nya</c> in Indonesian); empty if none.</summary>
    public string PronounSuffix { get; init; } = "";
    /// <summary>Complementizers skipped at the start of a reported clause (<c>bahwa</c>, <c>that</c>).</summary>
    public IReadOnlySet<string> Complementizers { get; init; } = new HashSet<string>();

    /// <summary>Loads every list from <paramref name="folder"/>; a missing file is an error naming it.</summary>
    public static QuoteLexicon Load(string folder, string pronounSuffix, params string[] complementizers)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"Quote lexicon folder '{folder}' does not exist; it should hold {string.Join(", ", FileNames.Select(f => f + ".txt"))}.");
        var sets = FileNames.ToDictionary(n => n, n => ReadList(Path.Combine(folder, n + ".txt")));
        return new QuoteLexicon
        {
            AfterCues = sets["cues-after"],
            ReportingVerbs = sets["cues-reporting"],
            AccordingWords = sets["cues-according"],
            Pronouns = sets["pronouns"],
            Demonstratives = sets["demonstratives"],
            Negators = sets["negators"],
            NotStatementStarts = sets["not-statement-starts"],
            NotSpeakers = sets["not-speakers"],
            SpeechNouns = sets["speech-nouns"],
            Titles = sets["titles"],
            OrgWords = sets["org-words"],
            FunctionWords = sets["function-words"],
            TimeWords = sets["time-words"],
            Adverbs = sets["adverbs"],
            PassiveCues = sets["cues-passive"],
            MarkedReportingVerbs = sets["cues-reporting-marked"],
            ClauseBoundaries = sets["clause-boundaries"],
            Determiners = sets["determiners"],
            PronounSuffix = pronounSuffix,
            Complementizers = new HashSet<string>(complementizers, StringComparer.Ordinal),
        };
    }

    /// <summary>The standard lexicons: Indonesian (<c>-nya</c>, <c>bahwa</c>) and English (<c>that</c>).</summary>
    public static IReadOnlyDictionary<string, QuoteLexicon> LoadStandard(string dataRoot) => new Dictionary<string, QuoteLexicon>
    {
        ["id"] = Load(Path.Combine(dataRoot, "id", "quotes"), "nya", "bahwa"),
        ["en"] = Load(Path.Combine(dataRoot, "en", "quotes"), "", "that"),
    };

    private static HashSet<string> ReadList(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"Quote lexicon file '{path}' is missing; create it (one lowercase entry per line, '#' comments).", path);
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            set.Add(line.ToLowerInvariant());
        }
        return set;
    }
}
