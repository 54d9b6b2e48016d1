using Warta.Core;

namespace Warta.Times;

/// <summary>How a recognized expression gets its value once the anchor (publication) date is known.</summary>
public enum MentionKind : byte
{
    /// <summary>The value is known from the text alone (durations, sets, PRESENT_REF).</summary>
    Fixed,
    /// <summary>Calendar fields, some possibly missing (the year of "Kamis (21/10)", "Oktober lalu").</summary>
    Calendar,
    /// <summary>N units from the anchor: kemarin (D -1), pekan lalu (W -1), tahun depan (Y +1).</summary>
    Offset,
    /// <summary>A weekday without a date: resolved to the nearest such day before or after the anchor.</summary>
    Weekday,
    /// <summary>A clock time without a date: on the last date named in its sentence, else the anchor.</summary>
    Clock,
}

/// <summary>A time expression as recognized, before resolution. Zero means "not said" for calendar fields.</summary>
public sealed class TimeMention
{
    public int Start { get; set; }
    public int End { get; set; }
    public int Sentence { get; set; }
    /// <summary>Leading pieces that cued the expression but are not part of it (the "pada" of "pada 2014").</summary>
    public int SkipLead { get; set; }
    /// <summary>True for a stretch that was consumed but is no time (a document number "Nomor 12 Tahun 2017").</summary>
    public bool Skip { get; set; }
    public TimeType Type { get; set; } = TimeType.DATE;
    public MentionKind Kind { get; set; }
    public string? Fixed { get; set; }

    public int Year { get; set; }
    public int Month { get; set; }
    public int Day { get; set; }
    public int Weekday { get; set; }
    /// <summary>-1 past (lalu), +1 future (depan), 0 unmarked. For a month or weekday without a year/date.</summary>
    public int Direction { get; set; }
    /// <summary>"Q4", "H1": a part of <see cref="Year"/>.</summary>
    public string? YearPart { get; set; }
    /// <summary>"199" for the 1990s.</summary>
    public string? Decade { get; set; }

    public string? Unit { get; set; }
    public int Offset { get; set; }
    /// <summary>True for "akhir pekan" (the weekend of the week).</summary>
    public bool Weekend { get; set; }

    public string? PartOfDay { get; set; }
    public int Hour { get; set; } = -1;
    public int Minute { get; set; }
    public string? Zone { get; set; }

    /// <summary>True when a full day (day, month, and a weekday or a year) was written: these pin the publication date.</summary>
    public bool HasDayAndMonth => Kind == MentionKind.Calendar && Day > 0 && Month > 0;

    public override string ToString() => $"[{Start},{End}) {Type} {Kind} y={Year} m={Month} d={Day} wd={Weekday} off={Offset}{Unit} fixed={Fixed}";
}
