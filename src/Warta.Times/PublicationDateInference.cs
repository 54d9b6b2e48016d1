namespace Warta.Times;

/// <summary>
/// Infers a publication date from an article's own dates when none was given. Weekday + day/month
/// mentions ("Kamis (21/10)") pin candidate years (those whose calendar matches, not after today); the
/// candidate most mentions agree with wins, then the one nearest the latest year written in the text
/// (a text that writes "2017" is likely from 2017, not 2023), ties going to the most recent. The publication date is
/// then the latest of the agreeing weekday dates: news reports what happened up to the day it appears.
/// Without weekday dates, the latest full date written in the text (not after today) is used.
/// </summary>
public static class PublicationDateInference
{
    private const int Window = 60;

    /// <param name="yearsSeen">Every year-like number of the text (1900 to today), whether or not it was read as a time.</param>
    public static DateOnly? Infer(IReadOnlyList<TimeMention> mentions, IReadOnlyCollection<int> yearsSeen, DateOnly today)
    {
        var pinned = mentions.Where(m => m.Kind == MentionKind.Calendar && m.Year == 0 && m.Weekday > 0 && m.Day > 0 && m.Month > 0).ToList();
        int latestYear = yearsSeen.Where(y => y <= today.Year).DefaultIfEmpty(0).Max();
        if (pinned.Count == 0)
        {
            DateOnly? latest = null;
            foreach (var m in mentions)
            {
                if (m.Kind != MentionKind.Calendar || m.Year == 0 || m.Month == 0 || m.Day == 0 || m.Day > DateTime.DaysInMonth(m.Year, m.Month)) continue;
                var d = new DateOnly(m.Year, m.Month, m.Day);
                if (d <= today && (latest is null || d > latest)) latest = d;
            }
            return latest;
        }

        DateOnly? best = null;
        int bestScore = int.MinValue;
        foreach (var m in pinned)
        {
            foreach (var candidate in MatchingDates(m, 1970, today.Year))
            {
                if (candidate > today) continue;
                int score = 0;
                foreach (var other in pinned) if (NearestMatching(other, candidate) is not null) score += 10;
                // The latest year the text writes is most often the year it was written in.
                if (latestYear > 0) score -= candidate.Year >= latestYear ? 2 * (candidate.Year - latestYear) : 3 * (latestYear - candidate.Year);
                if (score > bestScore || (score == bestScore && candidate > best))
                {
                    bestScore = score; best = candidate;
                }
            }
        }
        if (best is not { } chosen) return null;
        var result = chosen;
        foreach (var other in pinned)
            if (NearestMatching(other, chosen) is { } d && d > result && d <= today) result = d;
        return result;
    }

    private static IEnumerable<DateOnly> MatchingDates(TimeMention m, int fromYear, int toYear)
    {
        for (int y = toYear; y >= fromYear; y--)
        {
            if (m.Day > DateTime.DaysInMonth(y, m.Month)) continue;
            var d = new DateOnly(y, m.Month, m.Day);
            if ((int)d.DayOfWeek == m.Weekday % 7) yield return d;
        }
    }

    private static DateOnly? NearestMatching(TimeMention m, DateOnly around)
    {
        for (int y = around.Year - 1; y <= around.Year + 1; y++)
        {
            if (m.Day > DateTime.DaysInMonth(y, m.Month)) continue;
            var d = new DateOnly(y, m.Month, m.Day);
            if ((int)d.DayOfWeek == m.Weekday % 7 && Math.Abs(d.DayNumber - around.DayNumber) <= Window) return d;
        }
        return null;
    }
}
