using Warta.Core;

namespace Warta.Times;

/// <summary>
/// Recognizes time expressions in one sentence's pieces, left to right, longest reading first.
/// The vocabulary (months, units, relative words…) comes from a <see cref="TimeLexicon"/>; this class
/// holds only the shapes expressions take, which Indonesian and English share (relative words stand
/// after their unit in Indonesian and before it in English; the lexicon says which).
/// Values are not computed here: <see cref="TimeResolver"/> does that once the anchor date is known.
/// </summary>
public sealed partial class TimeGrammar(TimeLexicon lexicon)
{
    private readonly TimeLexicon _lex = lexicon;

    public TimeLexicon Lexicon => _lex;

    /// <param name="skipped">When given, receives the spans read as no time (document numbers, "Nomor 12 Tahun 2017").</param>
    public void Recognize(string text, int sentence, IReadOnlyList<Piece> p, List<TimeMention> into, List<TextSpan>? skipped = null)
    {
        int i = 0;
        while (i < p.Count)
        {
            // most pieces can start nothing (TryAt would return 0): no mention is made for them
            if (p[i].Kind != PieceKind.Number && (p[i].Kind != PieceKind.Word || !_lex.CanStart(p[i].Lower))) { i++; continue; }
            var m = new TimeMention { Sentence = sentence };
            int end = TryAt(text, p, i, m);
            if (end <= i) { i++; continue; }
            if (m.Skip) { skipped?.Add(new TextSpan(p[i].Start, p[end - 1].End)); i = end; continue; }
            // A cue outside the span (pada 2014) is skipped.
            m.Start = p[i + m.SkipLead].Start;
            m.End = p[end - 1].End;
            into.Add(m);
            i = end;
        }
    }

    private int TryAt(string text, IReadOnlyList<Piece> p, int i, TimeMention m)
    {
        var piece = p[i];
        if (piece.Kind == PieceKind.Number)
        {
            if (InsideNumber(p, i)) return 0;
            int e = TryNumericDate(p, i, m);
            if (e > 0) return AttachTime(p, e, m);
            e = TryDayMonth(text, p, i, m);
            if (e > 0) return AttachTime(p, e, m);
            e = TryCountUnit(p, i, m);
            if (e > 0) return e;
            e = TryBareClock(p, i, m);
            if (e > 0) return e;
            return TryBareYear(text, p, i, m);
        }
        if (piece.Kind != PieceKind.Word || !_lex.CanStart(piece.Lower)) return 0;
        var w = _lex.Word(piece.Lower);
        int r;
        if (w is { DocumentNumberCue: true } && (r = TryDocumentNumber(p, i)) > 0) { m.Skip = true; return r; }
        if ((r = TrySet(text, p, i, m)) > 0) return r;
        if ((r = TryHoliday(p, i, m)) > 0) return AttachTime(p, r, m);
        if ((r = TryWeekend(p, i, m)) > 0) return r;
        if ((r = TryDeictic(p, i, m)) > 0) return AttachTime(p, r, m);
        if ((r = TryCountUnit(p, i, m)) > 0) return r;
        if ((r = TryRelativeBefore(text, p, i, m)) > 0) return r;
        if (w is null) return 0;
        if (w.Mod is not null && (r = TryMod(text, p, i, m)) > 0) return r;
        if (w.Quarter || w.Half) { if ((r = TryYearPart(p, i, m)) > 0) return r; }
        if ((w.Weekday > 0 || w.WeekdayCue) && (r = TryWeekday(text, p, i, m)) > 0) return AttachTime(p, r, m);
        if (w.Month > 0 && (r = TryMonthFirst(text, p, i, m)) > 0) return AttachTime(p, r, m);
        if (w.MonthCue && W(p, i + 1) is { Month: > 0, MonthIsAbbreviation: false } && (r = TryMonthFirst(text, p, i + 1, m)) > 0) return AttachTime(p, r, m);
        if (w.DayCue && (r = TryDayCue(text, p, i, m)) > 0) return AttachTime(p, r, m);
        if (w.YearCue > 0 && (r = TryYear(p, i, m)) > 0) return r;
        if (w.Unit is not null && (r = TryUnitRelative(p, i, m)) > 0) return r;
        if (w.UnitOne is not null || w.UnitMany is not null) return TryUnitWord(p, i, m);
        if (w.TimeCue && (r = TryClock(p, i + 1, requireZone: false, m, out bool marked)) > 0 && (marked || !w.TimeCueOutside)) { m.SkipLead = w.TimeCueOutside ? 1 : 0; m.Kind = MentionKind.Clock; m.Type = TimeType.TIME; return r; }
        return 0;
    }

    // ---- helpers ----

    private TimeWord? W(IReadOnlyList<Piece> p, int i) =>
        i < p.Count && p[i].Kind == PieceKind.Word ? _lex.Word(p[i].Lower) : null;

    private static bool Punct(IReadOnlyList<Piece> p, int i, char c) => i < p.Count && p[i].IsPunct(c);

    private static bool Adjacent(IReadOnlyList<Piece> p, int i) => i < p.Count && !p[i].SpaceBefore;

    private static bool Num(IReadOnlyList<Piece> p, int i, int min, int max, int maxDigits = 2) =>
        i < p.Count && p[i].Kind == PieceKind.Number && p[i].Digits <= maxDigits && p[i].Number >= min && p[i].Number <= max;

    private static bool Year4(IReadOnlyList<Piece> p, int i) =>
        i < p.Count && p[i].Kind == PieceKind.Number && p[i].Digits == 4 && p[i].Number is >= 1900 and <= 2100
        && !ContinuesNumber(p, i + 1);

    /// <summary>A number glued to a separator and more digits (1.000, 1,5, 24/7) is one number, not a date or count.</summary>
    private static bool InsideNumber(IReadOnlyList<Piece> p, int i) =>
        i >= 2 && !p[i].SpaceBefore && p[i - 1].Kind == PieceKind.Punct && p[i - 1].Lower is "." or "," or "/" or ":"
        && !p[i - 1].SpaceBefore && p[i - 2].Kind == PieceKind.Number;

    private static bool ContinuesNumber(IReadOnlyList<Piece> p, int i) =>
        i + 1 < p.Count && !p[i].SpaceBefore && p[i].Kind == PieceKind.Punct && p[i].Lower is "." or "," or "/" or ":"
        && !p[i + 1].SpaceBefore && p[i + 1].Kind == PieceKind.Number;

    private static bool IsCapitalized(string text, Piece piece) => char.IsUpper(text[piece.Start]);

    /// <summary>Longest phrase of <paramref name="cls"/> at <paramref name="i"/>; returns the end piece or 0.</summary>
    private int MatchPhrase(IReadOnlyList<Piece> p, int i, string cls, out TimePhrase? phrase)
    {
        phrase = null;
        if (i >= p.Count || p[i].Kind != PieceKind.Word) return 0;
        foreach (var candidate in _lex.Phrases(cls, p[i].Lower))
        {
            int k = 0;
            while (k < candidate.Words.Length && i + k < p.Count && p[i + k].Kind == PieceKind.Word && p[i + k].Lower == candidate.Words[k]) k++;
            if (k == candidate.Words.Length) { phrase = candidate; return i + k; }
        }
        return 0;
    }

    /// <summary>A relative word (lalu, depan, ini / last, next, this) standing on the lexicon's side: its direction, or null.</summary>
    private int? RelativeAt(IReadOnlyList<Piece> p, int i, bool before, out int end)
    {
        end = MatchPhrase(p, i, "rel", out var phrase);
        if (end == 0 || phrase is null || (phrase.Extra == "before") != before) { end = 0; return null; }
        return int.Parse(phrase.Value);
    }

    /// <summary>A count: digits (not part of a bigger number), a decimal (1,5), or a number word ("dua", "beberapa" → X).</summary>
    private int TryCount(IReadOnlyList<Piece> p, int i, out string count)
    {
        count = "";
        if (i >= p.Count) return 0;
        if (p[i].Kind == PieceKind.Number && p[i].Digits <= 3 && !InsideNumber(p, i) && Punct(p, i + 1, ',') && Adjacent(p, i + 1)
            && Adjacent(p, i + 2) && i + 2 < p.Count && p[i + 2].Kind == PieceKind.Number && p[i + 2].Digits <= 2 && !ContinuesNumber(p, i + 3))
        {
            count = p[i].Lower + "." + p[i + 2].Lower;
            return i + 3;
        }
        if (p[i].Kind == PieceKind.Number)
        {
            if (p[i].Digits > 4 || InsideNumber(p, i) || ContinuesNumber(p, i + 1)) return 0;
            count = p[i].Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return i + 1;
        }
        int e = MatchPhrase(p, i, "number", out var phrase);
        if (e == 0 || phrase is null) return 0;
        count = phrase.Value;
        return e;
    }

    public static string Duration(string count, string unit) => unit switch
    {
        "H" => $"PT{count}H",
        "MIN" => $"PT{count}M",
        "S" => $"PT{count}S",
        _ => $"P{count}{unit}",
    };
}
