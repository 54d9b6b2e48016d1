using Warta.Core;

namespace Warta.Times;

/// <summary>Calendar shapes: numeric dates, day + month, weekdays with dates, months, years, clock times.</summary>
public sealed partial class TimeGrammar
{
    /// <summary>d/m/yyyy, d-m-yyyy, yyyy-mm-dd (all glued, no spaces). A year is required: "24/7", "1/3" are not dates.</summary>
    private static int TryNumericDate(IReadOnlyList<Piece> p, int i, TimeMention m)
    {
        if (Year4(p, i) || (i + 4 < p.Count && p[i].Digits == 4))
        {
            if (p[i].Digits == 4 && Punct(p, i + 1, '-') && Adjacent(p, i + 1) && Num(p, i + 2, 1, 12) && Adjacent(p, i + 2)
                && Punct(p, i + 3, '-') && Adjacent(p, i + 3) && Num(p, i + 4, 1, 31) && Adjacent(p, i + 4) && !ContinuesNumber(p, i + 5)
                && p[i].Number is >= 1900 and <= 2100)
                return SetDate(m, p[i + 4].Number, p[i + 2].Number, p[i].Number, i + 5);
            return 0;
        }
        int e = TryDayMonthNumeric(p, i, requireYear: true, out int d, out int mo, out int y);
        return e > 0 ? SetDate(m, d, mo, y, e) : 0;
    }

    /// <summary>d/m[/y] glued; the year may be 2 or 4 digits. Returns the end piece or 0.</summary>
    /// <param name="spaced">Spaces may stand around the separators ("( 5 / 11 )", as tokenised corpora write "(5/11)"):
    /// only for a date in brackets after a weekday, where a fraction or a score cannot stand.</param>
    private static int TryDayMonthNumeric(IReadOnlyList<Piece> p, int i, bool requireYear, out int d, out int mo, out int y, bool spaced = false)
    {
        d = mo = y = 0;
        if (!Num(p, i, 1, 31) || i + 2 >= p.Count) return 0;
        var sep = p[i + 1];
        if (sep.Kind != PieceKind.Punct || sep.Lower is not ("/" or "-") || (!spaced && (sep.SpaceBefore || !Adjacent(p, i + 2))) || !Num(p, i + 2, 1, 12)) return 0;
        d = p[i].Number; mo = p[i + 2].Number;
        int e = i + 3;
        if (Punct(p, e, sep.Lower[0]) && (spaced || Adjacent(p, e) && Adjacent(p, e + 1)) && e + 1 < p.Count && p[e + 1].Kind == PieceKind.Number)
        {
            var yp = p[e + 1];
            if (yp.Digits == 4 && yp.Number is >= 1900 and <= 2100) y = yp.Number;
            else if (yp.Digits == 2) y = 2000 + yp.Number;
            else return 0;
            e += 2;
        }
        else if (requireYear) return 0;
        if (ContinuesNumber(p, e)) return 0;
        return d <= DateTime.DaysInMonth(y == 0 ? 2000 : y, mo) ? e : 0;
    }

    private static int SetDate(TimeMention m, int d, int mo, int y, int end)
    {
        if (y > 0 && d > DateTime.DaysInMonth(y, mo)) return 0;
        m.Kind = MentionKind.Calendar;
        m.Day = d; m.Month = mo; m.Year = y;
        return end;
    }

    /// <summary>Month name at <paramref name="i"/> (an abbreviation only when <paramref name="abbreviationOk"/>); 0 if none.</summary>
    private int MonthAt(IReadOnlyList<Piece> p, int i, bool abbreviationOk, out int end)
    {
        end = i + 1;
        var w = W(p, i);
        if (w is null || w.Month == 0 || (w.MonthIsAbbreviation && !abbreviationOk)) return 0;
        if (w.MonthIsAbbreviation && Punct(p, end, '.') && Adjacent(p, end) && end + 1 < p.Count && p[end + 1].Kind == PieceKind.Number) end++;
        return w.Month;
    }

    private static int SkipOrdinalSuffix(IReadOnlyList<Piece> p, int i) =>
        i < p.Count && !p[i].SpaceBefore && p[i].Kind == PieceKind.Word && p[i].Lower is "st" or "nd" or "rd" or "th" ? i + 1 : i;

    /// <summary>21 Oktober [2021], 21 Oct, 21st October 2021, and "21 Oktober lalu".</summary>
    private int TryDayMonth(string text, IReadOnlyList<Piece> p, int i, TimeMention m)
    {
        if (!Num(p, i, 1, 31)) return 0;
        int k = SkipOrdinalSuffix(p, i + 1);
        if (Punct(p, k, '-') && Num(p, k + 1, 1, 31)) return 0; // a range "21-22 Oktober": take its last day later
        int month = MonthAt(p, k, abbreviationOk: true, out int e);
        if (month == 0) return 0;
        int year = 0;
        if (Punct(p, e, ',') && Year4(p, e + 1)) { year = p[e + 1].Number; e += 2; }
        else if (Year4(p, e)) { year = p[e].Number; e++; }
        else if (W(p, e) is { YearCue: 2 } && Year4(p, e + 1)) { year = p[e + 1].Number; e += 2; }
        if (SetDate(m, p[i].Number, month, year, e) == 0) return 0;
        if (year == 0 && RelativeAt(p, e, before: false, out int re) is { } dir && _lex.RelativeAfter) { m.Direction = dir; e = re; }
        return e;
    }

    /// <summary>October 21, 2021 / October 2021 / Oktober lalu / Oktober tahun lalu / a month alone.</summary>
    private int TryMonthFirst(string text, IReadOnlyList<Piece> p, int i, TimeMention m)
    {
        bool glued = Num(p, i + 1, 1, 31) || Year4(p, i + 1);
        int month = MonthAt(p, i, abbreviationOk: glued, out int e);
        if (month == 0) return 0;
        m.Kind = MentionKind.Calendar;
        m.Month = month;
        if (Num(p, e, 1, 31) && !ContinuesNumber(p, e + 1) && W(p, e + 1)?.Unit is null)
        {
            m.Day = p[e].Number;
            e = SkipOrdinalSuffix(p, e + 1);
            if (Punct(p, e, ',') && Year4(p, e + 1)) { m.Year = p[e + 1].Number; e += 2; }
            else if (Year4(p, e)) { m.Year = p[e].Number; e++; }
            return e;
        }
        if (Year4(p, e)) { m.Year = p[e].Number; return e + 1; }
        if (W(p, e) is { YearCue: 2 } && Year4(p, e + 1)) { m.Year = p[e + 1].Number; return e + 2; }
        // A month alone: a capitalized full name, and not a sentence-initial word without anything after it.
        if (!IsCapitalized(text, p[i])) return 0;
        if (W(p, e) is { Unit: "Y" } && RelativeAt(p, e + 1, before: false, out int ye) is { } ydir && _lex.RelativeAfter)
        {
            m.Unit = "Y"; m.Offset = ydir; return ye;
        }
        if (RelativeAt(p, e, before: false, out int re) is { } dir && _lex.RelativeAfter) { m.Direction = dir; return re; }
        return i == 0 && e < p.Count && p[e].Kind == PieceKind.Word ? 0 : e;
    }

    /// <summary>[hari] Kamis [,] [(21/10[/2021])] / Kamis, 21 Oktober 2021 / Thursday, October 21 / Kamis [lalu].</summary>
    private int TryWeekday(string text, IReadOnlyList<Piece> p, int i, TimeMention m)
    {
        int j = i;
        if (W(p, j) is { WeekdayCue: true } cue && cue.Weekday == 0) j++;
        var w = W(p, j);
        if (w is null || w.Weekday == 0) return 0;
        int k = j + 1;
        bool dated = Punct(p, k, '(') || Num(p, k, 1, 31) || (Punct(p, k, ',') && (Num(p, k + 1, 1, 31) || W(p, k + 1) is { Month: > 0 }));
        // "minggu" is also a week: read it as Sunday only when capitalized mid-sentence or followed by a date.
        if (w.Unit is not null && !dated && (j == 0 || !IsCapitalized(text, p[j]) || RelativeAt(p, k, before: false, out _) is not null))
            return 0;
        // "Pasar Minggu", "Kliwon Senin": a weekday right after a capitalized word inside the sentence is a name.
        if (!dated && j >= 2 && p[j - 1].Kind == PieceKind.Word && IsCapitalized(text, p[j - 1]) && W(p, j - 1) is null) return 0;
        m.Weekday = w.Weekday;
        if (Punct(p, k, ',') && Punct(p, k + 1, '(')) k++;
        if (Punct(p, k, '('))
        {
            int e = TryDayMonthNumeric(p, k + 1, requireYear: false, out int d, out int mo, out int y);
            // "Sabtu ( 5 / 11 )": the bracketed date of a tokenised text, closed right after it
            if (e == 0 && TryDayMonthNumeric(p, k + 1, requireYear: false, out d, out mo, out y, spaced: true) is var se && se > 0 && Punct(p, se, ')'))
                e = se;
            if (e == 0)
            {
                var inner = new TimeMention();
                e = TryDayMonth(text, p, k + 1, inner);
                if (e > 0) { d = inner.Day; mo = inner.Month; y = inner.Year; }
            }
            if (e > 0 && Punct(p, e, ')') && SetDate(m, d, mo, y, e + 1) > 0) return SkipRelative(p, e + 1, m);
        }
        int c = Punct(p, k, ',') ? k + 1 : k;
        var date = new TimeMention();
        int de = TryDayMonth(text, p, c, date);
        if (de == 0 && W(p, c) is { Month: > 0 }) { de = TryMonthFirst(text, p, c, date); if (date.Day == 0) de = 0; }
        if (de > 0) return SetDate(m, date.Day, date.Month, date.Year, de);
        // "Jumat pekan lalu": that weekday in the week before the anchor's.
        if (W(p, k) is { Unit: "W" } && RelativeAt(p, k + 1, before: false, out int we) is { } weeks && _lex.RelativeAfter)
        {
            m.Kind = MentionKind.Offset; m.Unit = "W"; m.Offset = weeks;
            return we;
        }
        m.Kind = MentionKind.Weekday;
        if (RelativeAt(p, k, before: false, out int re) is { } dir && _lex.RelativeAfter) { m.Direction = dir == 0 ? 2 : dir; return re; }
        m.Direction = FutureCueBefore(p, j) ? 2 : 0;
        return k;
    }

    /// <summary>"Kamis (16/11) lalu": the relative word after a full date only confirms it; it belongs to the span.</summary>
    private int SkipRelative(IReadOnlyList<Piece> p, int e, TimeMention m)
    {
        if (_lex.RelativeAfter && RelativeAt(p, e, before: false, out int re) is { } dir && dir != 0) { m.Direction = dir; return re; }
        return e;
    }

    /// <summary>A 4-digit year without a cue: after a capitalized name (Pemilu 2019, APBNP 2016) or before a
    /// relative word (2019 mendatang). Amounts (Rp 2000) and other numbers are left alone.</summary>
    private int TryBareYear(string text, IReadOnlyList<Piece> p, int i, TimeMention m)
    {
        if (!Year4(p, i)) return 0;
        // The name may be closed by a parenthesis: "Perubahan (APBNP) 2016".
        int n = i >= 2 && Punct(p, i - 1, ')') ? i - 2 : i - 1;
        bool named = n >= 0 && p[n].Kind == PieceKind.Word && IsCapitalized(text, p[n]) && W(p, n) is not { NotYearAfter: true } and not { DocumentNumberCue: true };
        // The second year of a range: "2014-2019".
        bool rangeEnd = i >= 2 && Punct(p, i - 1, '-') && Year4(p, i - 2);
        named |= rangeEnd;
        bool relative = _lex.RelativeAfter && RelativeAt(p, i + 1, before: false, out _) is { } d && d != 0;
        if (!named && !relative) return 0;
        m.Kind = MentionKind.Calendar;
        m.Year = p[i].Number;
        return SkipRelative(p, i + 1, m);
    }

    /// <summary>A future cue (akan, will) shortly before a weekday makes it the next such day.</summary>
    private bool FutureCueBefore(IReadOnlyList<Piece> p, int i)
    {
        for (int k = Math.Max(0, i - 6); k < i; k++) if (W(p, k) is { FutureCue: true }) return true;
        return false;
    }

    /// <summary>tanggal 21 [Oktober [2021]].</summary>
    private int TryDayCue(string text, IReadOnlyList<Piece> p, int i, TimeMention m)
    {
        if (!Num(p, i + 1, 1, 31) || ContinuesNumber(p, i + 2)) return 0;
        int e = TryDayMonth(text, p, i + 1, m);
        if (e > 0) return e;
        m.Kind = MentionKind.Calendar;
        m.Day = p[i + 1].Number;
        return i + 2;
    }

    /// <summary>tahun 2021 (cue in the span), pada/sejak 2014 (cue outside), tahun 1990-an (a decade).</summary>
    private int TryYear(IReadOnlyList<Piece> p, int i, TimeMention m)
    {
        var cue = W(p, i)!;
        if (!Year4(p, i + 1) && !(p.Count > i + 1 && p[i + 1].Digits == 4 && Punct(p, i + 2, '-') && W(p, i + 3) is null && i + 3 < p.Count && p[i + 3].Is("an")))
            return 0;
        if (i + 1 >= p.Count || p[i + 1].Kind != PieceKind.Number || p[i + 1].Number is < 1900 or > 2100) return 0;
        if (cue.YearCue == 1) m.SkipLead = 1;
        m.Kind = MentionKind.Calendar;
        int e = i + 2;
        if (Punct(p, e, '-') && Adjacent(p, e) && e + 1 < p.Count && p[e + 1].Is("an") && p[i + 1].Number % 10 == 0)
        {
            m.Kind = MentionKind.Fixed;
            m.Fixed = (p[i + 1].Number / 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return e + 2;
        }
        m.Year = p[i + 1].Number;
        return SkipRelative(p, e, m);
    }

    /// <summary>kuartal IV [tahun] [2016 | ini | lalu], semester I 2017.</summary>
    private int TryYearPart(IReadOnlyList<Piece> p, int i, TimeMention m)
    {
        var w = W(p, i)!;
        int k = i + 1;
        if (k < p.Count && p[k].Is("ke")) k++;
        int n = 0;
        if (k < p.Count && p[k].Kind == PieceKind.Word) n = p[k].Lower switch { "i" => 1, "ii" => 2, "iii" => 3, "iv" => 4, _ => W(p, k)?.Ordinal ?? 0 };
        else if (Num(p, k, 1, 4, 1)) n = p[k].Number;
        if (n == 0 || (w.Half && n > 2)) return 0;
        m.YearPart = (w.Half ? "H" : "Q") + n;
        m.Kind = MentionKind.Offset; m.Unit = "Y"; m.Offset = 0;
        int e = k + 1;
        if (Punct(p, e, '-') && Year4(p, e + 1)) e++;
        int y = W(p, e) is { YearCue: 2 } ? e + 1 : e;
        if (Year4(p, y)) { m.Kind = MentionKind.Calendar; m.Year = p[y].Number; return y + 1; }
        if (RelativeAt(p, y, before: false, out int re) is { } dir && _lex.RelativeAfter) { m.Offset = dir; return re; }
        return e;
    }
}
