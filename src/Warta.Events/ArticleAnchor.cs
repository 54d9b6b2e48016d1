using System.Globalization;
using Warta.Core;

namespace Warta.Events;

/// <summary>
/// The day of an article's main incident, for events no time expression of their own or of the sentence before dates
/// (<see cref="EventDates"/>). News names the day once, in its lead or dateline ("ditangkap … Rabu (5/10) malam",
/// "ujar Tun … Rabu (6/9)"), and tells the rest of the incident in undated sentences; the publication date, the
/// fallback, is often a day or two later (measured on unseen IndoSum articles: eval/events/audit/README.md, "Event
/// dates", the error kind pub-other-day). So:
/// <list type="bullet">
/// <item>the anchor is the article's first day-precision date that is not after publication and at most
/// <see cref="MaxDaysBefore"/> days before it — an older first date ("akibat siraman air keras 11 April 2017" in a
/// 2018 article) recalls background, not the news;</item>
/// <item>it dates events up to <see cref="MaxSentencesAfter"/> sentences after the anchor's sentence (and any before it):
/// further on, articles turn to background and reactions on other days;</item>
/// <item>a statement, a verbal event (CAMEO quad class 1 or 3) inside a direct quote, is dated the day it was said:
/// it takes the anchor only when the anchor's sentence is itself an attribution (a quote's speaker or cue in it, "ujar
/// Tun, Rabu (6/9)"); after an incident's date ("ditangkap Rabu (5/10) malam") the police chief's words were said
/// on the day of the report.</item>
/// </list>
/// Without a publication date there is no anchor: nothing bounds the first date.
/// </summary>
internal sealed class ArticleAnchor
{
    /// <summary>Days before publication a first date may lie and still be the article's incident.</summary>
    public const int MaxDaysBefore = 7;

    /// <summary>Sentences after the anchor's sentence that it still dates.</summary>
    public const int MaxSentencesAfter = 8;

    private readonly string _date;
    private readonly int _sentence;
    private readonly bool _attribution;

    private ArticleAnchor(string date, int sentence, bool attribution)
    {
        _date = date;
        _sentence = sentence;
        _attribution = attribution;
    }

    /// <summary>The anchor of <paramref name="doc"/>, or null when it has no publication date or no recent day-precision date.</summary>
    public static ArticleAnchor? Of(Document doc)
    {
        if (doc.Published is not { } published) return null;
        TimeExpression? first = null;
        DateOnly day = default;
        foreach (var t in doc.Times)
        {
            if (t.Type != TimeType.DATE || first is not null && t.Start >= first.Start) continue;
            if (EventStage.DatePart(t.Value) is not { Length: 10 } value
                || !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                || d > published || published.DayNumber - d.DayNumber > MaxDaysBefore) continue;
            first = t;
            day = d;
        }
        if (first is null) return null;
        int sentence = doc.SentenceAt(first.Start);
        if (sentence < 0) return null;
        var span = doc.Sentences[sentence];
        bool attribution = doc.Quotes.Any(q => In(q.SpeakerStart, span) || In(q.CueStart, span));
        return new ArticleAnchor(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), sentence, attribution);
    }

    /// <summary>The anchor's date for an event in sentence <paramref name="sentence"/> whose trigger starts at
    /// <paramref name="trigger"/>, or null when the anchor does not reach it.</summary>
    public string? For(Document doc, int sentence, int trigger, bool verbal)
    {
        if (sentence - _sentence > MaxSentencesAfter) return null;
        if (verbal && !_attribution && doc.Quotes.Any(q => q.Direct && trigger >= q.Start && trigger < q.End)) return null;
        return _date;
    }

    private static bool In(int? offset, Sentence span) => offset is int o && o >= span.Start && o < span.End;
}
