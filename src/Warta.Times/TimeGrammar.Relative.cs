using System.Globalization;
using Warta.Core;

namespace Warta.Times;

/// <summary>Relative shapes: deictic words, counts of units, lalu/depan, awal/akhir, sets, clock times.</summary>
public sealed partial class TimeGrammar
{
    /// <summary>setiap Senin → SET XXXX-WXX-1; setiap hari → SET P1D; setiap dua pekan → SET P2W.</summary>
    private int TrySet(string text, IReadOnlyList<Piece> p, int i, TimeMention m)
    {
        if (W(p, i) is not { SetCue: true }) return 0;
        int k = i + 1;
        if (k >= p.Count) return 0;
        m.Kind = MentionKind.Fixed;
        m.Type = TimeType.SET;
        var w = W(p, k);
        if (w is { Weekday: > 0 })
        {
            m.Fixed = $"XXXX-WXX-{w.Weekday}";
            return k + 1;
        }
        int e = TryCount(p, k, out var count);
        if (e > 0 && W(p, e)?.Unit is { } countedUnit) { m.Fixed = Duration(count, countedUnit); return e + 1; }
        if (w?.Unit is { } unit) { m.Fixed = Duration("1", unit); return k + 1; }
        int pe = MatchPhrase(p, k, "partofday", out var part);
        if (pe > 0 && part is not null) { m.Fixed = "XXXX-XX-XXT" + part.Value; return pe; }
        return 0;
    }

    /// <summary>akhir pekan [ini|lalu|depan] → the weekend of that week (2021-W42-WE).</summary>
    private int TryWeekend(IReadOnlyList<Piece> p, int i, TimeMention m)
    {
        int e = MatchPhrase(p, i, "weekend", out _);
        if (e == 0) return 0;
        m.Kind = MentionKind.Offset; m.Unit = "W"; m.Weekend = true;
        if (RelativeAt(p, e, before: false, out int re) is { } dir) { m.Offset = dir; return re; }
        return e;
    }

    /// <summary>hari ini, kemarin, besok, semalam, saat ini… from the lexicon's deictic phrases.</summary>
    private int TryDeictic(IReadOnlyList<Piece> p, int i, TimeMention m)
    {
        int e = MatchPhrase(p, i, "deictic", out var phrase);
        if (e == 0 || phrase is null) return 0;
        var v = phrase.Value;
        if (v.Length >= 2 && v[0] == 'D' && (char.IsDigit(v[1]) || v[1] == '-'))
        {
            int n = 1;
            while (n < v.Length && (char.IsDigit(v[n]) || v[n] == '-')) n++;
            m.Kind = MentionKind.Offset; m.Unit = "D";
            m.Offset = int.Parse(v.AsSpan(1, n - 1), CultureInfo.InvariantCulture);
            if (n < v.Length) m.PartOfDay = v[n..];
        }
        else { m.Kind = MentionKind.Fixed; m.Fixed = v; }
        return e;
    }

    /// <summary>dua hari → P2D; dua hari lalu → a date; tiga pekan terakhir → P3W; beberapa pekan → PXW.</summary>
    private int TryCountUnit(IReadOnlyList<Piece> p, int i, TimeMention m)
    {
        int e = TryCount(p, i, out var count);
        if (e == 0 || W(p, e)?.Unit is not { } unit) return 0;
        if (count == "0") return 0;
        // "Nomor 12 Tahun 2017", "UU 31 Tahun 1999": a number and a year, not twelve years.
        if (unit == "Y" && Year4(p, e + 1)) return 0;
        return CountedUnit(p, e + 1, count, unit, m);
    }

    /// <summary>sehari, sepekan, setahun (one unit); berhari-hari, bertahun-tahun (many units).</summary>
    private int TryUnitWord(IReadOnlyList<Piece> p, int i, TimeMention m)
    {
        var w = W(p, i)!;
        return w.UnitOne is { } one ? CountedUnit(p, i + 1, "1", one, m)
            : w.UnitMany is { } many ? CountedUnit(p, i + 1, "X", many, m) : 0;
    }

    private int CountedUnit(IReadOnlyList<Piece> p, int e, string count, string unit, TimeMention m)
    {
        int ae = MatchPhrase(p, e, "ago", out _);
        if (ae > 0)
        {
            if (count != "X" && unit is "D" or "W" or "M" or "Y")
            {
                m.Kind = MentionKind.Offset; m.Unit = unit; m.Offset = -int.Parse(count, CultureInfo.InvariantCulture);
            }
            else { m.Kind = MentionKind.Fixed; m.Fixed = "PAST_REF"; }
            return ae;
        }
        int end = MatchPhrase(p, e, "recent", out _);
        m.Kind = MentionKind.Fixed; m.Type = TimeType.DURATION; m.Fixed = Duration(count, unit);
        return end > 0 ? end : e;
    }

    /// <summary>pekan lalu, bulan ini, tahun depan → a week, month or year relative to the anchor.</summary>
    private int TryUnitRelative(IReadOnlyList<Piece> p, int i, TimeMention m)
    {
        var unit = W(p, i)!.Unit!;
        if (unit is not ("D" or "W" or "M" or "Y" or "Q")) return 0;
        if (RelativeAt(p, i + 1, before: false, out int re) is not { } dir) return 0;
        m.Kind = MentionKind.Offset; m.Unit = unit; m.Offset = dir;
        return re;
    }

    /// <summary>English: last week, next month, this year, last Thursday, last October, the past three days.</summary>
    private int TryRelativeBefore(string text, IReadOnlyList<Piece> p, int i, TimeMention m)
    {
        if (RelativeAt(p, i, before: true, out int k) is not { } dir) return 0;
        var w = W(p, k);
        if (w?.Unit is { } unit && unit is "D" or "W" or "M" or "Y")
        {
            m.Kind = MentionKind.Offset; m.Unit = unit; m.Offset = dir; return k + 1;
        }
        if (w is { Weekday: > 0 }) { m.Kind = MentionKind.Weekday; m.Weekday = w.Weekday; m.Direction = dir == 0 ? 2 : dir; return k + 1; }
        if (w is { Month: > 0, MonthIsAbbreviation: false }) { m.Kind = MentionKind.Calendar; m.Month = w.Month; m.Direction = dir == 0 ? 0 : dir; if (dir == 0) { m.Unit = "Y"; m.Offset = 0; } return k + 1; }
        int we = MatchPhrase(p, k, "weekend", out _);
        if (we > 0) { m.Kind = MentionKind.Offset; m.Unit = "W"; m.Offset = dir; m.Weekend = true; return we; }
        int ce = TryCount(p, k, out var count);
        if (ce > 0 && dir < 0 && W(p, ce)?.Unit is { } cu)
        {
            m.Kind = MentionKind.Fixed; m.Type = TimeType.DURATION; m.Fixed = Duration(count, cu); return ce + 1;
        }
        return 0;
    }

    /// <summary>awal/pertengahan/akhir + Oktober [lalu] | tahun [2021|ini|lalu] | bulan [ini|lalu] | pekan lalu | 2017.</summary>
    private int TryMod(string text, IReadOnlyList<Piece> p, int i, TimeMention m)
    {
        int k = i + 1;
        if (k < p.Count && W(p, k) is { Month: > 0, MonthIsAbbreviation: false }) return TryMonthFirst(text, p, k, m);
        if (Year4(p, k)) { m.Kind = MentionKind.Calendar; m.Year = p[k].Number; return k + 1; }
        var unit = W(p, k)?.Unit;
        if (unit is not ("W" or "M" or "Y")) return 0;
        if (unit == "Y" && Year4(p, k + 1)) { m.Kind = MentionKind.Calendar; m.Year = p[k + 1].Number; return k + 2; }
        m.Kind = MentionKind.Offset; m.Unit = unit;
        if (RelativeAt(p, k + 1, before: false, out int re) is { } dir) { m.Offset = dir; return re; }
        return unit == "W" ? 0 : k + 1;
    }

    /// <summary>"Nomor 12 Tahun 2017", "No. 5/2009": an identifier up to its year, consumed so no part of it becomes a time.</summary>
    private int TryDocumentNumber(IReadOnlyList<Piece> p, int i)
    {
        int k = i + 1;
        if (Punct(p, k, '.')) k++;
        if (k >= p.Count || p[k].Kind != PieceKind.Number) return 0;
        for (int e = k; e < Math.Min(p.Count, k + 10); e++)
        {
            if (W(p, e) is { YearCue: 2 } && Year4(p, e + 1)) return e + 2;
            if (p[e].SpaceBefore && e > k && p[e].Kind == PieceKind.Word && W(p, e) is null) break;
        }
        return k + 1;
    }

    /// <summary>Fixed-day holidays from the lexicon: "malam pergantian tahun" → 12-31 at night, its year nearest the anchor.</summary>
    private int TryHoliday(IReadOnlyList<Piece> p, int i, TimeMention m)
    {
        int e = MatchPhrase(p, i, "holiday", out var phrase);
        if (e == 0 || phrase is null || phrase.Value.Length < 5) return 0;
        m.Kind = MentionKind.Calendar;
        m.Month = int.Parse(phrase.Value.AsSpan(0, 2), CultureInfo.InvariantCulture);
        m.Day = int.Parse(phrase.Value.AsSpan(3, 2), CultureInfo.InvariantCulture);
        if (phrase.Value.Length > 5) m.PartOfDay = phrase.Value[5..];
        return e;
    }

    /// <summary>A clock time at <paramref name="k"/>: 14.30, 14:30, 2 [siang], then an optional zone (WIB).</summary>
    private int TryClock(IReadOnlyList<Piece> p, int k, bool requireZone, TimeMention m) => TryClock(p, k, requireZone, m, out _);

    /// <param name="marked">True when the number is clearly a clock time by itself (14:30, 2 pm, a zone).</param>
    private int TryClock(IReadOnlyList<Piece> p, int k, bool requireZone, TimeMention m, out bool marked)
    {
        marked = false;
        if (!Num(p, k, 0, 24)) return 0;
        int hour = p[k].Number, minute = 0, e = k + 1;
        bool colon = false;
        if (e + 1 < p.Count && p[e].Kind == PieceKind.Punct && p[e].Lower is "." or ":" && Adjacent(p, e) && Adjacent(p, e + 1)
            && p[e + 1].Kind == PieceKind.Number && p[e + 1].Digits == 2 && p[e + 1].Number < 60)
        {
            colon = p[e].Lower == ":";
            minute = p[e + 1].Number;
            e += 2;
        }
        if (ContinuesNumber(p, e)) return 0;
        string? part = null;
        int pe = MatchPhrase(p, e, "partofday", out var phrase);
        if (pe > 0 && phrase is not null)
        {
            part = phrase.Value;
            if (phrase.Extra.Split('-') is [var lo, var hi] && hour >= int.Parse(lo, CultureInfo.InvariantCulture) && hour <= int.Parse(hi, CultureInfo.InvariantCulture))
                hour += 12;
            e = pe;
        }
        string? zone = W(p, e)?.Zone;
        if (zone is not null) e++;
        marked = zone is not null || colon || part is not null;
        if (requireZone && zone is null && !(colon && part is not null)) return 0;
        m.Hour = hour; m.Minute = minute; m.Zone = zone;
        return e;
    }

    /// <summary>14:30 WITA, 10.00 WIB: a clock time without a cue needs its zone.</summary>
    private int TryBareClock(IReadOnlyList<Piece> p, int i, TimeMention m)
    {
        int e = TryClock(p, i, requireZone: true, m);
        if (e == 0) return 0;
        m.Kind = MentionKind.Clock; m.Type = TimeType.TIME;
        return e;
    }

    /// <summary>After a day: "Kamis (21/10) malam", "kemarin pukul 14.30 WIB" belong to one expression.</summary>
    private int AttachTime(IReadOnlyList<Piece> p, int e, TimeMention m)
    {
        bool day = (m.Kind == MentionKind.Calendar && m.Day > 0) || m.Kind == MentionKind.Weekday || (m.Kind == MentionKind.Offset && m.Unit == "D");
        if (!day) return e;
        if (m.PartOfDay is null)
        {
            int pe = MatchPhrase(p, e, "partofday", out var phrase);
            if (pe > 0 && phrase is not null && phrase.Words[0].Length > 2) { m.PartOfDay = phrase.Value; e = pe; }
        }
        if (W(p, e) is { TimeCue: true })
        {
            var clock = new TimeMention();
            int ce = TryClock(p, e + 1, requireZone: false, clock);
            if (ce > 0)
            {
                m.Hour = clock.Hour; m.Minute = clock.Minute; m.Zone = clock.Zone; m.Type = TimeType.TIME;
                return ce;
            }
        }
        return e;
    }
}

