using System.Globalization;
using Warta.Core;

namespace Warta.Events;

/// <summary>
/// The date of an event (output contract: when it happened — the sentence's time expression, else the
/// publication date). Measured on unseen IndoSum articles with their URL dates (eval/events/audit/README.md,
/// "Event dates"): most wrong dates were the publication date given to a sentence that carries no time of its own
/// but continues the sentence before it ("… pada Sabtu (12/8). Keduanya membicarakan …"), and years named as an
/// attribute ("Pilkada 2018", "Pemilu 2019") taken for the time of an act reported before them. So:
/// <list type="number">
/// <item>the calendar date in the event's sentence nearest to the trigger (before it preferred), cut to
/// day/month/year — except a bare year after the publication year, which names a coming election or target,
/// not when a reported act happened;</item>
/// <item>else, when the sentence has no time expression at all (a "kini", "saat ini" or "pekan lalu" anchors the
/// sentence itself), the date of the previous sentence's last calendar expression, if it gives at least a month
/// and is not after the publication date: the sentence continues what the one before it dated;</item>
/// <item>else the article's anchor (<see cref="ArticleAnchor"/>): the day of its main incident, named in the lead or
/// dateline, when it reaches the event;</item>
/// <item>else the publication date.</item>
/// </list>
/// </summary>
internal static class EventDates
{
    /// <summary>The date of an event whose trigger starts at <paramref name="trigger"/> in sentence
    /// <paramref name="sentence"/>, or null when nothing dates it; <paramref name="verbal"/>: the event is a statement
    /// (CAMEO quad class 1 or 3), dated by the article's anchor only on the anchor's terms.</summary>
    public static string? Of(Document doc, int sentence, int trigger, bool verbal)
    {
        var published = doc.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var span = doc.Sentences[sentence];
        string? best = null;
        int bestDistance = int.MaxValue;
        bool anyTime = false;
        foreach (var t in doc.Times)
        {
            if (t.Type != TimeType.DATE || t.Start < span.Start || t.End > span.End) continue;
            anyTime = true;
            var date = EventStage.DatePart(t.Value);
            if (date is null || (date.Length == 4 && After(date, published))) continue;
            int d = t.End <= trigger ? trigger - t.End : Math.Abs(t.Start - trigger);
            if (d < bestDistance) { best = date; bestDistance = d; }
        }
        if (best is not null) return best;
        if (anyTime) return published;
        if (sentence > 0 && Continued(doc, sentence - 1, published) is { } carried) return carried;
        return ArticleAnchor.Of(doc)?.For(doc, sentence, trigger, verbal) ?? published;
    }

    /// <summary>The last calendar date of at least month precision in sentence <paramref name="index"/> that is
    /// not after the publication date, or null.</summary>
    private static string? Continued(Document doc, int index, string? published)
    {
        var span = doc.Sentences[index];
        TimeExpression? last = null;
        foreach (var t in doc.Times)
            if (t.Type == TimeType.DATE && t.Start >= span.Start && t.End <= span.End && EventStage.DatePart(t.Value) is { Length: >= 7 })
                if (last is null || t.Start > last.Start) last = t;
        if (last is null) return null;
        var date = EventStage.DatePart(last.Value)!;
        return After(date, published) ? null : date;
    }

    /// <summary>True when <paramref name="date"/> (year, month or day) begins after the day
    /// <paramref name="published"/>; never when the publication date is unknown.</summary>
    private static bool After(string date, string? published) =>
        published is not null && string.CompareOrdinal(date, published[..date.Length]) > 0;
}
