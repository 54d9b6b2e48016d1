using Warta.Core;

namespace Warta.Times;

/// <summary>How firmly a piece of evidence bounds an article's date.</summary>
public enum DatingStrength : byte
{
    /// <summary>A name alone: the person was in the news in one of their roles, most likely during it.</summary>
    Weak,
    /// <summary>A moveable feast named in the text (Lebaran, Imlek): most likely written in the weeks around it.</summary>
    Medium,
    /// <summary>A title with its holder ("Kapolri Tito Karnavian"), or "mantan" + title + name: the text was
    /// written while the role was held (or after it ended).</summary>
    Strong,
}

/// <summary>A stretch of time, both ends inclusive; <see cref="DateOnly.MaxValue"/> as the end: still open.</summary>
public readonly record struct DatePeriod(DateOnly From, DateOnly To)
{
    /// <summary>True when <paramref name="date"/> is inside the stretch widened by <paramref name="slackDays"/> on both sides.</summary>
    public bool Allows(DateOnly date, int slackDays) =>
        date.DayNumber >= From.DayNumber - slackDays && (To == DateOnly.MaxValue || date.DayNumber <= To.DayNumber + slackDays);
}

/// <summary>Periods the article's date most likely falls in (any of them), by evidence other than its time
/// expressions: an office holder named with their title (one term), or a name alone (all their terms).</summary>
public sealed record DatingEvidence(IReadOnlyList<DatePeriod> Periods, DatingStrength Strength)
{
    public bool Allows(DateOnly date, int slackDays)
    {
        foreach (var p in Periods) if (p.Allows(date, slackDays)) return true;
        return false;
    }
}

/// <summary>Several sources of dating evidence asked in turn.</summary>
public sealed class DatingEvidenceSources(params IDatingEvidenceSource[] sources) : IDatingEvidenceSource
{
    public void Collect(Document document, List<DatingEvidence> evidence)
    {
        foreach (var s in sources) s.Collect(document, evidence);
    }
}

/// <summary>
/// Finds dating evidence in a document before its date is known, for <see cref="PublicationDateInference"/>.
/// The actor dictionary provides one (office holders and their terms); it runs inside the times stage, before
/// the actor stage, since it only asks which periods a title + name could have been written in.
/// </summary>
public interface IDatingEvidenceSource
{
    void Collect(Document document, List<DatingEvidence> evidence);
}
