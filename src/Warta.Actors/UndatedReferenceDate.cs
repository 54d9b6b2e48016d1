using System.Globalization;
using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// The date at which the roles of a document WITHOUT a publication date are read. Such a text (an isolated sentence,
/// a text given with no date line) used to be read at the dictionary's latest date, so a sentence of 2009 campaign
/// news made "SBY" a party leader (his office at the latest date) rather than the president. The latest date the text
/// itself states with an explicit year says better when it speaks: the times layer's values that begin with a year
/// ("pada 2009", "Pemilu 2014", "Juni 2009"); relative ones ("tahun lalu") have no year without a reference and are
/// not used. No default date is invented: a text that states no year is read at the latest date, as before. A document
/// with a publication date (given, or inferred by the times stage from full or weekday dates) never comes here.
/// A stated date that fits fewer of the people the text names than the latest date does is history the text recalls,
/// not its time, and is not used (each person is most likely named during one of their spells, give or take a year).
/// Not used, measured on the news-sentence sets (session 19): a person named with a title the dictionary gives them
/// in one term only ("Presiden Jokowi") dating the others of the text to that term's end moved 5 mentions there,
/// none to the right role (a ten-year term's end is no better a guess than today).
/// </summary>
public sealed class UndatedReferenceDate(ActorDictionary dictionary)
{
    /// <summary>Earliest year read as the text's time: older years are history the text recalls ("sejak 1945"),
    /// and the dictionary's roles hardly reach before it.</summary>
    private const int EarliestYear = 1950;

    /// <summary>How far outside a person's spells a text naming them may still be written (as the times stage's weak
    /// name evidence, <c>PublicationDateInference.Weights.SlackDays</c>).</summary>
    private const int SlackDays = 365;

    /// <summary>The reference date of <paramref name="document"/>, which has no publication date.</summary>
    public DateOnly Of(Document document)
    {
        var latest = dictionary.LatestDate;
        if (LatestStatedDate(document, latest) is not { } stated) return latest;
        // A year the text recalls ("Pada 1963 …" in a report on Trump) is no time of the text: the people it names are
        // most likely named during one of their spells, so the stated date is taken only if it fits no fewer of them
        // than the latest date does.
        int fitStated = 0, fitLatest = 0;
        foreach (var person in NamedPeople(document))
        {
            if (WithinSpells(person, stated)) fitStated++;
            if (WithinSpells(person, latest)) fitLatest++;
        }
        return fitStated >= fitLatest ? stated : latest;
    }

    /// <summary>The dictionary people the text names (by name, with or without a title), each once.</summary>
    private HashSet<Person> NamedPeople(Document document)
    {
        var people = new HashSet<Person>();
        foreach (var m in new RoleDating(dictionary).Find(document)) people.Add(m.Person);
        return people;
    }

    private static bool WithinSpells(Person person, DateOnly date)
    {
        foreach (var s in person.Spells)
            if (date.DayNumber >= s.From.DayNumber - SlackDays && (s.To == DateOnly.MaxValue || date.DayNumber <= s.To.DayNumber + SlackDays))
                return true;
        return false;
    }

    /// <summary>The latest date the text states with its year (not after <paramref name="latest"/>): a full date as it is,
    /// a month of a year at its middle day, a year alone at its middle (1 July) — the text may speak of any part of it.</summary>
    private static DateOnly? LatestStatedDate(Document document, DateOnly latest)
    {
        DateOnly? found = null;
        foreach (var t in document.Times)
        {
            if (t.Type != TimeType.DATE || Parse(t.Value) is not { } d) continue;
            if (d > latest) d = latest;
            if (found is null || d > found) found = d;
        }
        return found;
    }

    /// <summary>"2009" → 2009-07-01, "2009-06" → 2009-06-15, "2009-06-12" → that day; anything else (PAST_REF,
    /// XXXX-10-21, P3Y, weeks, quarters) → null.</summary>
    internal static DateOnly? Parse(string value)
    {
        if (value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year < EarliestYear)
            return null;
        if (value.Length == 4) return new DateOnly(year, 7, 1);
        if (value.Length < 7 || value[4] != '-' || !int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int month) ||
            month is < 1 or > 12)
            return null;
        if (value.Length == 7) return new DateOnly(year, month, 15);
        if (value.Length >= 10 && value[7] == '-' && int.TryParse(value.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int day) &&
            day >= 1 && day <= DateTime.DaysInMonth(year, month))
            return new DateOnly(year, month, day);
        return null;
    }
}
