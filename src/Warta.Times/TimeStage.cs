using Warta.Core;

namespace Warta.Times;

/// <summary>
/// Finds temporal expressions sentence by sentence and resolves them to TIMEX3 values
/// (<see cref="Document.Times"/>), anchored on the publication date. When the document has none, it is
/// inferred from the text (<see cref="PublicationDateInference"/>) and marked
/// <see cref="Document.PublishedInferred"/>.
/// Span conventions: a cue that is part of the expression is inside the span ("tahun 2021",
/// "tanggal 21", "hari Kamis", "pukul 14.30 WIB"); a preposition is not ("pada", "sejak 2014" → "2014").
/// Zones: the value is local time (2021-10-21T14:30) and the zone offset (+07:00 for WIB) is kept apart
/// in <see cref="TimeExpression.Zone"/>, as TIMEX3 values carry no zone of their own.
/// </summary>
public sealed class TimeStage : IStage
{
    private readonly TimeGrammar _indonesian;
    private readonly TimeGrammar _english;
    private readonly Func<DateOnly> _today;

    /// <param name="today">Today's date; an inferred publication date is never after it.</param>
    public TimeStage(TimeLexicon indonesian, TimeLexicon english, Func<DateOnly>? today = null)
    {
        _indonesian = new TimeGrammar(indonesian);
        _english = new TimeGrammar(english);
        _today = today ?? (() => DateOnly.FromDateTime(DateTime.UtcNow));
    }

    /// <summary>Loads the lexicons from <c>&lt;dataRoot&gt;/id/times</c> and <c>&lt;dataRoot&gt;/en/times</c>.</summary>
    public static TimeStage Load(string dataRoot, Func<DateOnly>? today = null) =>
        new(TimeLexicon.Load(Path.Combine(dataRoot, "id", "times"), "id"),
            TimeLexicon.Load(Path.Combine(dataRoot, "en", "times"), "en"), today);

    public string Name => "times";
    public Layer Needs => Layer.Tokens | Layer.Sentences | Layer.Language;
    public Layer Adds => Layer.Times | Layer.Published;

    public void Process(Document document)
    {
        var mentions = Recognize(document);
        if (document.Published is null)
        {
            var inferred = PublicationDateInference.Infer(mentions, _today());
            if (inferred is not null)
            {
                document.Published = inferred;
                document.PublishedInferred = true;
            }
        }
        foreach (var t in Resolve(mentions, document.Published)) document.Times.Add(t);
    }

    /// <summary>All expressions in the document, in text order, not yet resolved.</summary>
    public List<TimeMention> Recognize(Document document)
    {
        var grammar = document.Language == "en" ? _english : _indonesian;
        var pieces = new List<Piece>(64);
        var mentions = new List<TimeMention>();
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            TimeLexer.Lex(document.Text, sentence.Start, sentence.End, pieces);
            grammar.Recognize(document.Text, s, pieces, mentions);
        }
        return mentions;
    }

    /// <summary>Values for <paramref name="mentions"/>; a clock time takes the last day named before it in its sentence.</summary>
    public static IEnumerable<TimeExpression> Resolve(IReadOnlyList<TimeMention> mentions, DateOnly? anchor)
    {
        DateOnly? sentenceDate = null;
        int sentence = -1;
        foreach (var m in mentions)
        {
            if (m.Sentence != sentence) { sentence = m.Sentence; sentenceDate = null; }
            var value = TimeResolver.Resolve(m, anchor, sentenceDate, out var day);
            if (day is not null && m.Kind != MentionKind.Clock) sentenceDate = day;
            yield return new TimeExpression(m.Start, m.End, m.Type, value) { Zone = m.Zone };
        }
    }
}
