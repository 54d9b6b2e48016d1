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
    private readonly IDatingEvidenceSource? _evidence;
    private readonly PublicationDateInference _inference;
    private readonly bool _undatedIsToday;

    /// <param name="today">Today's date; an inferred publication date is never after it.</param>
    /// <param name="evidence">Dating evidence beyond the time expressions (office holders named in the
    /// text), used only when a publication date must be inferred.</param>
    /// <param name="undatedIsToday">When nothing in the text dates the article, it is "today"'s news: for
    /// inputs collected on a known day (a crawl, a feed read), the collection day is the best estimate.</param>
    public TimeStage(TimeLexicon indonesian, TimeLexicon english, Func<DateOnly>? today = null,
        IDatingEvidenceSource? evidence = null, PublicationDateInference? inference = null, bool undatedIsToday = false)
    {
        _undatedIsToday = undatedIsToday;
        _indonesian = new TimeGrammar(indonesian);
        _english = new TimeGrammar(english);
        _today = today ?? (() => DateOnly.FromDateTime(DateTime.UtcNow));
        _evidence = evidence;
        _inference = inference ?? new PublicationDateInference();
    }

    /// <summary>Loads the lexicons from <c>&lt;dataRoot&gt;/id/times</c> and <c>&lt;dataRoot&gt;/en/times</c>.</summary>
    public static TimeStage Load(string dataRoot, Func<DateOnly>? today = null,
        IDatingEvidenceSource? evidence = null, PublicationDateInference? inference = null, bool undatedIsToday = false) =>
        new(TimeLexicon.Load(Path.Combine(dataRoot, "id", "times"), "id"),
            TimeLexicon.Load(Path.Combine(dataRoot, "en", "times"), "en"), today, evidence, inference, undatedIsToday);

    public string Name => "times";
    public Layer Needs => Layer.Tokens | Layer.Sentences | Layer.Language;
    public Layer Adds => Layer.Times | Layer.Published;

    public void Process(Document document)
    {
        var years = new List<int>();
        var documentYears = new List<int>();
        var mentions = Recognize(document, years, documentYears);
        if (document.Published is null)
        {
            var evidence = new List<DatingEvidence>();
            _evidence?.Collect(document, evidence);
            var inferred = _inference.Infer(mentions, years, evidence, _today(), documentYears);
            if (inferred is null && _undatedIsToday) inferred = _today();
            if (inferred is not null)
            {
                document.Published = inferred;
                document.PublishedInferred = true;
            }
        }
        foreach (var t in Resolve(mentions, document.Published)) document.Times.Add(t);
    }

    /// <summary>All expressions in the document, in text order, not yet resolved.</summary>
    /// <param name="documentYears">Receives the years of document numbers ("Perppu Nomor 2 Tahun 2017"): no
    /// time the article speaks of, but the article cannot be older than the document it cites.</param>
    public List<TimeMention> Recognize(Document document, List<int>? yearsSeen = null, List<int>? documentYears = null)
    {
        var grammar = document.Language == "en" ? _english : _indonesian;
        var pieces = new List<Piece>(64);
        var mentions = new List<TimeMention>();
        var skipped = yearsSeen is null ? null : new List<TextSpan>();
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            TimeLexer.Lex(document.Text, sentence.Start, sentence.End, pieces);
            skipped?.Clear();
            grammar.Recognize(document.Text, s, pieces, mentions, skipped);
            if (yearsSeen is null) continue;
            // Year-like numbers, but not those of document numbers ("Undang-Undang Nomor 22 Tahun 2009" names
            // a law, not a time the article speaks of) nor amounts ("Rp 2000").
            for (int k = 0; k < pieces.Count; k++)
            {
                var piece = pieces[k];
                if (piece.Kind != PieceKind.Number || piece.Digits != 4 || piece.Number is < 1900 or > 2100) continue;
                if (InsideAny(skipped!, piece)) { documentYears?.Add(piece.Number); continue; }
                if (k > 0 && pieces[k - 1].Kind == PieceKind.Word && grammar.Lexicon.Word(pieces[k - 1].Lower) is { NotYearAfter: true }) continue;
                yearsSeen.Add(piece.Number);
            }
        }
        return mentions;
    }

    // a loop, not List.Exists with a lambda: the lambda's captured piece was an allocation per piece
    private static bool InsideAny(List<TextSpan> spans, Piece piece)
    {
        foreach (var x in spans)
            if (x.Start <= piece.Start && piece.End <= x.End) return true;
        return false;
    }

    /// <summary>Values for <paramref name="mentions"/>. A clock time without its own day takes the last day
    /// named before it in its sentence, else the first one after it in the sentence, else the last one named
    /// earlier in the article (a timeline under a dated heading), else the anchor.</summary>
    public static IEnumerable<TimeExpression> Resolve(IReadOnlyList<TimeMention> mentions, DateOnly? anchor)
    {
        var values = new string[mentions.Count];
        var days = new DateOnly?[mentions.Count];
        for (int i = 0; i < mentions.Count; i++)
            if (mentions[i].Kind != MentionKind.Clock) values[i] = TimeResolver.Resolve(mentions[i], anchor, null, out days[i]);
        DateOnly? lastDay = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Kind == MentionKind.Clock)
            {
                DateOnly? reference = null;
                for (int k = i - 1; k >= 0 && mentions[k].Sentence == m.Sentence && reference is null; k--) reference = days[k];
                for (int k = i + 1; k < mentions.Count && mentions[k].Sentence == m.Sentence && reference is null; k++) reference = days[k];
                values[i] = TimeResolver.Resolve(m, anchor, reference ?? lastDay, out _);
            }
            else if (days[i] is not null) lastDay = days[i];
            yield return new TimeExpression(m.Start, m.End, m.Type, values[i]) { Zone = m.Zone };
        }
    }
}
