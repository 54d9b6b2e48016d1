namespace Warta.Evaluation.Events;

/// <summary>One coded event of the gold set: source, target (null for '-'), root, optional full code, negation.</summary>
public sealed record GoldEvent(string Source, string? Target, string Root, string? Code, bool Negated)
{
    /// <summary>Parses <c>SRC&gt;TGT:ROOT[:CODE][!neg]</c>.</summary>
    public static GoldEvent Parse(string item, string where)
    {
        var s = item.Trim();
        bool neg = s.EndsWith("!neg", StringComparison.Ordinal);
        if (neg) s = s[..^4];
        var parts = s.Split(':');
        var actors = parts[0].Split('>');
        if (parts.Length < 2 || actors.Length != 2 || parts[1].Length != 2)
            throw new InvalidDataException($"{where}: '{item}' is not SRC>TGT:ROOT[:CODE][!neg].");
        return new GoldEvent(actors[0], actors[1] == "-" ? null : actors[1], parts[1], parts.Length > 2 ? parts[2] : null, neg);
    }
}

/// <summary>A gold sentence of eval/events/id-dev.tsv: where it is in IndoSum and what it reports.</summary>
public sealed record GoldSentence(string ArticleId, int SentenceIndex, string FirstWords, IReadOnlyList<GoldEvent> Events, string Split)
{
    /// <summary>The trigger word or phrase of each event, in the same order (column 6; empty when the file has none).</summary>
    public IReadOnlyList<string> Triggers { get; init; } = [];
}

/// <summary>A sentence of eval/events/en-dev.tsv (written for the set, text included).</summary>
public sealed record GoldTextSentence(string Id, string Text, IReadOnlyList<GoldEvent> Events)
{
    /// <summary>The text with the gold actor mentions as <c>[mention|CODE]</c> (column 5), if given.</summary>
    public string? Marked { get; init; }
}

public static class EventGoldFile
{
    /// <summary>Reads <c>id TAB text TAB events TAB triggers</c>.</summary>
    public static List<GoldTextSentence> ReadEnglish(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Event gold file '{path}' not found (eval/events/en-dev.tsv).", path);
        var rows = new List<GoldTextSentence>();
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.StartsWith('#') || line.Trim().Length == 0) continue;
            var f = line.Split('\t');
            if (f.Length < 3) throw new InvalidDataException($"{path}:{n}: expected id, text, events.");
            var events = f[2] == "-" ? [] : f[2].Split(';').Select(e => GoldEvent.Parse(e, $"{path}:{n}")).ToList();
            rows.Add(new GoldTextSentence(f[0], f[1], events) { Marked = f.Length > 4 && f[4].Length > 0 ? f[4] : null });
        }
        return rows;
    }

    /// <summary>Reads <c>article_id TAB sentence_index TAB first_3_words TAB events TAB split [TAB triggers]</c>.</summary>
    public static List<GoldSentence> ReadIndonesian(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Event gold file '{path}' not found (eval/events/id-dev.tsv; merge main to get it).", path);
        var rows = new List<GoldSentence>();
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.StartsWith('#') || line.Trim().Length == 0) continue;
            var f = line.Split('\t');
            if (f.Length < 5 || !int.TryParse(f[1], out var index))
                throw new InvalidDataException($"{path}:{n}: expected article_id, sentence_index, first_3_words, events, split.");
            var events = f[3] == "-" ? [] : f[3].Split(';').Select(e => GoldEvent.Parse(e, $"{path}:{n}")).ToList();
            rows.Add(new GoldSentence(f[0], index, f[2], events, f[4])
            {
                Triggers = f.Length > 5 && f[5] != "-" && events.Count > 0 ? f[5].Split(';').Select(t => t.Trim()).ToList() : [],
            });
        }
        return rows;
    }
}
