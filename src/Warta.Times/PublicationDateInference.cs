namespace Warta.Times;

/// <summary>
/// Infers a publication date from an article's own text when none was given. Weekday + day/month mentions
/// ("Kamis (21/10)") pin candidate years (those whose calendar matches, not after today; they recur every
/// 5, 6 or 11 years). Each candidate is scored on the evidence in the text:
/// <list type="bullet">
/// <item>how many of the article's weekday dates fit near it (they all describe the same few weeks);</item>
/// <item>the latest year written in the text bounds it from below (a text that writes "2017" is from 2017 or
///   later; a year or two below is allowed for coming events, "Pemilu 2019" in 2017), and candidates far above
///   it are less likely than near ones;</item>
/// <item>dating evidence (<see cref="IDatingEvidenceSource"/>): a title with its holder ("Kapolri Tito
///   Karnavian") rules out dates outside the term; a name alone, more weakly, dates outside the person's roles.</item>
/// </list>
/// Ties go to the most recent candidate. The publication date is then the latest of the agreeing weekday
/// dates: news reports what happened up to the day it appears. Without weekday dates, the latest full date
/// written in the text (not after today) is used.
/// </summary>
public sealed class PublicationDateInference(PublicationDateInference.Weights? weights = null)
{
    /// <summary>The scoring weights (points per fact); the defaults were chosen on IndoSum folds 1-2
    /// (<c>warta eval times --weekday</c>).</summary>
    public sealed record Weights
    {
        public int Agreement { get; init; } = 10;
        /// <summary>Per year the candidate lies above the latest year written.</summary>
        public int PerYearAbove { get; init; } = 2;
        /// <summary>Per year the candidate lies below the latest year written (coming events are written ahead).</summary>
        public int PerYearBelow { get; init; } = 3;
        /// <summary>Per title + holder whose term (widened by <see cref="SlackDays"/>) excludes the candidate.</summary>
        public int StrongMiss { get; init; } = 40;
        /// <summary>Per moveable feast named (Lebaran, Imlek) whose weeks (not widened: they are wide already) exclude the candidate.</summary>
        public int MediumMiss { get; init; } = 20;
        /// <summary>Per name whose roles (widened by <see cref="SlackDays"/>) exclude the candidate.</summary>
        public int WeakMiss { get; init; } = 4;
        public int SlackDays { get; init; } = 365;

        /// <summary>For inputs collected on a known day (<c>warta analyze --collected</c>, a feed read daily): news
        /// is read when it appears, so the most recent fitting year is the one unless the text says otherwise
        /// — the rule, "the most recent matching year not in the future". Being above the latest year
        /// written costs nothing then; the defaults instead weigh it for texts of unknown age (an archive read
        /// years later), where a year written in the text is the best clue. On IndoSum folds 1-3 at the crawl
        /// date: 0.981 with these weights, 0.910 with the defaults (<c>warta eval times --weekday</c>).</summary>
        public static Weights Collected { get; } = new() { PerYearAbove = 0 };
    }

    private const int Window = 60;
    private readonly Weights _w = weights ?? new Weights();

    /// <param name="yearsSeen">Every year-like number of the text (1900 to today), whether or not it was read as a time.</param>
    /// <param name="evidence">Dating evidence from outside the time expressions (may be empty).</param>
    /// <param name="documentYears">Years of cited documents ("UU Nomor 22 Tahun 2009"): a lower bound only —
    /// the article is not older than them, but an old law says nothing about how recent the article is.</param>
    public DateOnly? Infer(IReadOnlyList<TimeMention> mentions, IReadOnlyCollection<int> yearsSeen, IReadOnlyList<DatingEvidence> evidence, DateOnly today,
        IReadOnlyCollection<int>? documentYears = null)
    {
        var pinned = mentions.Where(m => m.Kind == MentionKind.Calendar && m.Year == 0 && m.Weekday > 0 && m.Day > 0 && m.Month > 0).ToList();
        int latestYear = yearsSeen.Where(y => y <= today.Year).DefaultIfEmpty(0).Max();
        int citedYear = (documentYears ?? []).Where(y => y <= today.Year).DefaultIfEmpty(0).Max();
        if (pinned.Count == 0) return LatestFullDate(mentions, today);

        DateOnly? best = null;
        int bestScore = int.MinValue;
        foreach (var m in pinned)
        {
            foreach (var candidate in MatchingDates(m, 1970, today.Year))
            {
                if (candidate > today) continue;
                int score = 0;
                foreach (var other in pinned) if (NearestMatching(other, candidate) is not null) score += _w.Agreement;
                if (latestYear > 0)
                    score -= candidate.Year >= latestYear ? _w.PerYearAbove * (candidate.Year - latestYear) : _w.PerYearBelow * (latestYear - candidate.Year);
                if (candidate.Year < citedYear) score -= _w.PerYearBelow * (citedYear - candidate.Year);
                foreach (var e in evidence)
                    if (!e.Allows(candidate, e.Strength == DatingStrength.Medium ? 0 : _w.SlackDays))
                        score -= e.Strength switch { DatingStrength.Strong => _w.StrongMiss, DatingStrength.Medium => _w.MediumMiss, _ => _w.WeakMiss };
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

    private static DateOnly? LatestFullDate(IReadOnlyList<TimeMention> mentions, DateOnly today)
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
