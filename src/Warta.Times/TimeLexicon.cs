namespace Warta.Times;

/// <summary>What one lower-case word can mean in a time expression (a word can mean several things:
/// Indonesian "minggu" is both Sunday and week).</summary>
public sealed class TimeWord
{
    public int Month { get; internal set; }
    public bool MonthIsAbbreviation { get; internal set; }
    public int Weekday { get; internal set; }
    public string? Unit { get; internal set; }
    public string? UnitOne { get; internal set; }
    public string? UnitMany { get; internal set; }
    public string? Zone { get; internal set; }
    public string? Mod { get; internal set; }
    public bool TimeCue { get; internal set; }
    /// <summary>True for a time cue that is a preposition, outside the span (English "at").</summary>
    public bool TimeCueOutside { get; internal set; }
    public bool DayCue { get; internal set; }
    /// <summary>0 = not a year cue, 1 = cue outside the span (pada 2014), 2 = part of the span (tahun 2014).</summary>
    public int YearCue { get; internal set; }
    public bool SetCue { get; internal set; }
    public bool WeekdayCue { get; internal set; }
    public bool FutureCue { get; internal set; }
    public bool Quarter { get; internal set; }
    public bool Half { get; internal set; }
    public int Ordinal { get; internal set; }
    /// <summary>A word before a month name that belongs to the span ("bulan Mei").</summary>
    public bool MonthCue { get; internal set; }
    /// <summary>Introduces a document number ("Nomor 12 Tahun 2017"): what follows is an identifier, not a time.</summary>
    public bool DocumentNumberCue { get; internal set; }
    /// <summary>A word after which a 4-digit number is an amount, not a year ("Rp 2000").</summary>
    public bool NotYearAfter { get; internal set; }
}

/// <summary>A multi-word entry (deictic phrase, number word, ago/recent word...) as lower-case words.</summary>
public sealed record TimePhrase(string[] Words, string Value, string Extra);

/// <summary>
/// The temporal vocabulary of one language, loaded from <c>data/&lt;lang&gt;/times/calendar.tsv</c> and
/// <c>words.tsv</c>. Immutable once loaded; the grammar only reads it.
/// </summary>
public sealed class TimeLexicon
{
    private readonly Dictionary<string, TimeWord> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, List<TimePhrase>>> _phrases = new(StringComparer.Ordinal);
    /// <summary>Every word that starts an entry: a word outside it cannot start a time expression.</summary>
    private readonly HashSet<string> _starts = new(StringComparer.Ordinal);

    public string Language { get; }
    /// <summary>True when relative words follow their unit (Indonesian "pekan lalu"), false when they precede it (English "last week").</summary>
    public bool RelativeAfter { get; private set; } = true;

    private TimeLexicon(string language) => Language = language;

    /// <summary>The word's meanings; a clitic -nya is looked through ("bulannya" is "bulan").</summary>
    public TimeWord? Word(string lower) =>
        _words.GetValueOrDefault(lower) ?? (lower.Length > 5 && lower.EndsWith("nya", StringComparison.Ordinal) ? _words.GetValueOrDefault(lower[..^3]) : null);

    /// <summary>Phrases of <paramref name="cls"/> starting with <paramref name="firstWord"/>, longest first.</summary>
    public IReadOnlyList<TimePhrase> Phrases(string cls, string firstWord) =>
        _phrases.TryGetValue(cls, out var byWord) && byWord.TryGetValue(firstWord, out var list) ? list : [];

    /// <summary>False for a word no entry starts with (most words): the grammar can skip it at once.</summary>
    public bool CanStart(string lower) =>
        _starts.Contains(lower) || (lower.Length > 5 && lower.EndsWith("nya", StringComparison.Ordinal) && _starts.Contains(lower[..^3]));

    /// <summary>Loads <c>calendar.tsv</c> and <c>words.tsv</c> from <paramref name="folder"/>.</summary>
    public static TimeLexicon Load(string folder, string language)
    {
        var lexicon = new TimeLexicon(language);
        foreach (var name in new[] { "calendar.tsv", "words.tsv" })
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path))
                throw new FileNotFoundException($"Time lexicon file '{path}' is missing; the times stage needs data/{language}/times/{name}.", path);
            int lineNo = 0;
            foreach (var raw in File.ReadLines(path))
            {
                lineNo++;
                if (raw.Length == 0 || raw.StartsWith('#')) continue;
                var cols = raw.Split('\t');
                if (cols.Length < 2 || cols[1].Length == 0)
                    throw new InvalidDataException($"{path}:{lineNo}: expected 'class<TAB>word[<TAB>value]', got '{raw}'.");
                try { lexicon.Add(cols[0], cols[1].ToLowerInvariant(), cols.Length > 2 ? cols[2] : "", cols.Length > 3 ? cols[3] : ""); }
                catch (FormatException e) { throw new InvalidDataException($"{path}:{lineNo}: {e.Message}", e); }
            }
        }
        foreach (var byWord in lexicon._phrases.Values)
            foreach (var list in byWord.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        return lexicon;
    }

    private void Add(string cls, string word, string value, string extra)
    {
        // Multi-word entries and the phrase classes are matched as word sequences.
        if (cls is "deictic" or "number" or "ago" or "recent" or "partofday" or "weekend" or "rel" or "holiday" || word.Contains(' '))
        {
            var words = word.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!_phrases.TryGetValue(cls, out var byWord)) _phrases[cls] = byWord = new(StringComparer.Ordinal);
            if (!byWord.TryGetValue(words[0], out var list)) byWord[words[0]] = list = [];
            list.Add(new TimePhrase(words, value, extra));
            _starts.Add(words[0]);
            if (cls == "rel") RelativeAfter = extra != "before";
            return;
        }
        if (!_words.TryGetValue(word, out var w)) _words[word] = w = new TimeWord();
        _starts.Add(word);
        switch (cls)
        {
            case "month": w.Month = Int(value); break;
            case "month-abbr": if (w.Month == 0) { w.Month = Int(value); w.MonthIsAbbreviation = true; } break;
            case "weekday": w.Weekday = Int(value); break;
            case "unit": w.Unit = value; break;
            case "unit-one": w.UnitOne = value; break;
            case "unit-many": w.UnitMany = value; break;
            case "zone": w.Zone = value; break;
            case "mod": w.Mod = value; break;
            case "timecue": w.TimeCue = true; w.TimeCueOutside = value == "outside"; break;
            case "daycue": w.DayCue = true; break;
            case "yearcue": w.YearCue = value == "span" ? 2 : 1; break;
            case "set": w.SetCue = true; break;
            case "weekday-cue": w.WeekdayCue = true; break;
            case "future-cue": w.FutureCue = true; break;
            case "quarter": w.Quarter = true; break;
            case "half": w.Half = true; break;
            case "ordinal": w.Ordinal = Int(value); break;
            case "month-cue": w.MonthCue = true; break;
            case "docnumber-cue": w.DocumentNumberCue = true; break;
            case "not-year-after": w.NotYearAfter = true; break;
            default: throw new FormatException($"unknown class '{cls}'");
        }
    }

    private static int Int(string s) =>
        int.TryParse(s, out var v) ? v : throw new FormatException($"'{s}' is not a number");
}
