using System.Globalization;
using Warta.Core;

namespace Warta.Times;

/// <summary>
/// Turns a recognized <see cref="TimeMention"/> into a TIMEX3 value, given the anchor (publication) date.
/// Choices (documented in the stage's summary):
/// - a day and month without a year take the year that puts them nearest the anchor; with a weekday,
///   the nearest year whose calendar puts that weekday on that day (so "Kamis (21/10)" is a Thursday);
/// - a weekday alone is the most recent such day on or before the anchor (news reports the past), or the
///   next one on or after it when a future cue (akan, will) precedes it; "Senin lalu" is strictly before,
///   "Senin depan" strictly after;
/// - "Oktober lalu" is the most recent October not after the anchor's month (early-October news in
///   October means this October);
/// - without an anchor, unknown parts stay X (XXXX-10-21) and offsets become PAST_REF/PRESENT_REF/FUTURE_REF.
/// </summary>
public static class TimeResolver
{
    /// <summary>How far from the anchor a weekday date may lie. A weekday that only fits the same day a year
    /// away is a typo in the text ("Rabu (23/5)" in a paper of Tuesday 23/5/2017), not a date a year off.</summary>
    public const int WeekdayDateWindowDays = 330;

    public static string Resolve(TimeMention m, DateOnly? anchor, DateOnly? sentenceDate, out DateOnly? day)
    {
        day = null;
        switch (m.Kind)
        {
            case MentionKind.Fixed:
                return m.Fixed ?? "";
            case MentionKind.Clock:
                day = sentenceDate ?? anchor;
                return (day is { } cd ? Iso(cd) : "XXXX-XX-XX") + TimeSuffix(m);
            case MentionKind.Weekday:
                if (anchor is not { } a) return $"XXXX-WXX-{m.Weekday}" + TimeSuffix(m);
                day = WeekdayNear(a, m.Weekday, m.Direction);
                return Iso(day.Value) + TimeSuffix(m);
            case MentionKind.Offset:
                return Offset(m, anchor, out day);
            default:
                return Calendar(m, anchor, out day);
        }
    }

    private static string Offset(TimeMention m, DateOnly? anchor, out DateOnly? day)
    {
        day = null;
        if (anchor is not { } a)
            return m.Offset < 0 ? "PAST_REF" : m.Offset > 0 ? "FUTURE_REF" : "PRESENT_REF";
        switch (m.Unit)
        {
            case "D":
                day = a.AddDays(m.Offset);
                return Iso(day.Value) + TimeSuffix(m);
            case "W" when m.Weekday > 0:
                var monday = a.AddDays(7 * m.Offset - ((int)a.DayOfWeek + 6) % 7);
                day = monday.AddDays(m.Weekday - 1);
                return Iso(day.Value) + TimeSuffix(m);
            case "Q":
                int q = a.Year * 4 + (a.Month - 1) / 3 + m.Offset;
                return $"{q / 4:D4}-Q{q % 4 + 1}";
            case "W":
                var d = a.AddDays(7 * m.Offset).ToDateTime(TimeOnly.MinValue);
                return $"{ISOWeek.GetYear(d):D4}-W{ISOWeek.GetWeekOfYear(d):D2}" + (m.Weekend ? "-WE" : "");
            case "M":
                var mo = a.AddMonths(m.Offset);
                return $"{mo.Year:D4}-{mo.Month:D2}";
            default:
                var y = (a.Year + m.Offset).ToString("D4", CultureInfo.InvariantCulture);
                return m.YearPart is null ? y : $"{y}-{m.YearPart}";
        }
    }

    private static string Calendar(TimeMention m, DateOnly? anchor, out DateOnly? day)
    {
        day = null;
        int year = m.Year, month = m.Month;
        if (year == 0 && m.Unit == "Y" && anchor is { } ya) year = ya.Year + m.Offset;
        if (year > 0 && m.Weekday > 0 && m.Day > 0 && month > 0 && anchor is { } wa) year = FixWeekdayTypo(year, month, m.Day, m.Weekday, wa);
        if (year == 0 && anchor is { } a)
        {
            if (m.Day > 0 && month > 0) year = YearForDayMonth(m.Day, month, m.Weekday, m.Direction, a);
            else if (month > 0) year = YearForMonth(month, m.Direction, a);
            else if (m.Day > 0)
            {
                var best = NearestDayOfMonth(m.Day, a);
                year = best.Year; month = best.Month;
            }
            else year = a.Year;
        }
        var ys = year > 0 ? year.ToString("D4", CultureInfo.InvariantCulture) : "XXXX";
        if (month == 0) return m.YearPart is null ? ys : $"{ys}-{m.YearPart}";
        if (m.Day == 0) return $"{ys}-{month:D2}";
        if (year > 0 && m.Day <= DateTime.DaysInMonth(year, month)) day = new DateOnly(year, month, m.Day);
        return $"{ys}-{month:D2}-{m.Day:D2}" + TimeSuffix(m);
    }

    /// <summary>The year putting day/month nearest the anchor; with a weekday, among years where it falls on that weekday.</summary>
    public static int YearForDayMonth(int day, int month, int weekday, int direction, DateOnly anchor)
    {
        int bestYear = 0, bestDistance = int.MaxValue;
        // Only years next to the anchor: a weekday that fits no nearby year is a typo in the text, and a
        // far year that happens to fit would be a worse reading than the nearest date.
        for (int y = anchor.Year - 1; y <= anchor.Year + 1; y++)
        {
            if (day > DateTime.DaysInMonth(y, month)) continue;
            var date = new DateOnly(y, month, day);
            if (weekday > 0 && (int)date.DayOfWeek != weekday % 7) continue;
            if (weekday > 0 && Math.Abs(date.DayNumber - anchor.DayNumber) > WeekdayDateWindowDays) continue;
            int distance = Math.Abs(date.DayNumber - anchor.DayNumber);
            if (direction < 0 && date > anchor) distance += 400; // "21 Oktober lalu": prefer the past
            if (distance < bestDistance) { bestDistance = distance; bestYear = y; }
        }
        // No nearby year matches the weekday (a typo in the text): fall back to the nearest date.
        return bestYear != 0 ? bestYear : YearForDayMonth(day, month, 0, direction, anchor);
    }

    /// <summary>"Minggu (31/12/2018)" in an article of 31/12/2017: the weekday fits the year next to the written
    /// one, nearer the anchor, so the written year is taken for a typo.</summary>
    private static int FixWeekdayTypo(int year, int month, int day, int weekday, DateOnly anchor)
    {
        bool Fits(int y) => day <= DateTime.DaysInMonth(y, month) && (int)new DateOnly(y, month, day).DayOfWeek == weekday % 7;
        if (Fits(year)) return year;
        int distance = Math.Abs(year - anchor.Year);
        foreach (var y in new[] { year - 1, year + 1 })
            if (Fits(y) && Math.Abs(y - anchor.Year) < distance) return y;
        return year;
    }

    public static int YearForMonth(int month, int direction, DateOnly anchor)
    {
        int diff = month - anchor.Month;
        return direction switch
        {
            < 0 => diff <= 0 ? anchor.Year : anchor.Year - 1,
            > 0 => diff >= 0 ? anchor.Year : anchor.Year + 1,
            _ => diff > 6 ? anchor.Year - 1 : diff < -6 ? anchor.Year + 1 : anchor.Year,
        };
    }

    private static DateOnly NearestDayOfMonth(int day, DateOnly anchor)
    {
        DateOnly? best = null;
        for (int k = -1; k <= 1; k++)
        {
            var first = new DateOnly(anchor.Year, anchor.Month, 1).AddMonths(k);
            if (day > DateTime.DaysInMonth(first.Year, first.Month)) continue;
            var date = new DateOnly(first.Year, first.Month, day);
            if (best is null || Math.Abs(date.DayNumber - anchor.DayNumber) < Math.Abs(best.Value.DayNumber - anchor.DayNumber)) best = date;
        }
        return best ?? anchor;
    }

    /// <summary>direction 0: on or before; -1: strictly before; +1: strictly after; 2: on or after.</summary>
    public static DateOnly WeekdayNear(DateOnly anchor, int isoWeekday, int direction)
    {
        int target = isoWeekday % 7, now = (int)anchor.DayOfWeek;
        int back = (now - target + 7) % 7, forward = (target - now + 7) % 7;
        return direction switch
        {
            -1 => anchor.AddDays(-(back == 0 ? 7 : back)),
            1 => anchor.AddDays(forward == 0 ? 7 : forward),
            2 => anchor.AddDays(forward),
            _ => anchor.AddDays(-back),
        };
    }

    private static string TimeSuffix(TimeMention m) =>
        m.Hour >= 0 ? $"T{m.Hour:D2}:{m.Minute:D2}" : m.PartOfDay is { } part ? "T" + part : "";

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
