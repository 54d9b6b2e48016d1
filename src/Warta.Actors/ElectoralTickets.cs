namespace Warta.Actors;

/// <summary>
/// "Prabowo - Hatta menggugat ke Mahkamah Konstitusi", "pertemuan Mega - Prabowo", "Koalisi ini mengusung Prabowo Subianto -
/// Hatta Rajasa": two known people joined by a hyphen are, in Indonesian political news, a ticket (a candidate pair, or the
/// two party leaders who make one), and they act for their parties: PTY, as a candidate title would make them
/// (<see cref="CandidateTitles"/>). The gold sets code them so (counted 2026-11-28 over the 12 Indonesian tuning sets:
/// 11 of 12 sides of such pairs in undated sentences outside "pemerintahan …" are PTY; eval/events/GUIDELINES.md §4).
/// A pair after a word of cue <c>ticket-not-after</c> ("pemerintahan Jokowi - JK", "kabinet Jokowi-JK") is the
/// government the pair leads, and keeps the office. As for candidate titles, in a dated text only someone with no office
/// at its date is recoded: an office holder in a pair ("Anies - Sandi" a year after the election) acts in the office.
/// </summary>
public static class ElectoralTickets
{
    /// <summary>The party code of <paramref name="person"/>, named by match <paramref name="name"/>, when a hyphen joins the
    /// name to another known person's; else null.</summary>
    public static string? CodeOf(Person person, NameMatch name, ActorScan scan)
    {
        var notAfter = scan.Cues.TicketNotAfter;
        if (notAfter.Count == 0) return null;
        if (person.Nationality is not { Length: 3 } country) return null;
        if (scan.Document.Published is not null && person.Spells.Any(s => s.Covers(scan.Date))) return null;
        int pairFirst;
        if (Mate(name.First, before: true, scan) is { } before) pairFirst = before.First;
        else if (Mate(name.End, before: false, scan) is not null) pairFirst = name.First;
        else return null;
        return pairFirst > 0 && notAfter.Contains(scan.Words[pairFirst - 1].Key) ? null : country + "PTY";
    }

    /// <summary>The name joined by a hyphen to the word boundary <paramref name="at"/>: the words ending right before it
    /// (<paramref name="before"/>), or starting right at it. A known person's match, or after the name one capitalized
    /// word the dictionary does not know as something else ("Prabowo - Hatta": "Hatta" alone is left out of people.tsv as
    /// a common name; "Jakarta - Bandung" is no pair).</summary>
    private static (int First, int End)? Mate(int at, bool before, ActorScan scan)
    {
        var words = scan.Words;
        if (at <= 0 || at >= words.Count) return null;
        var link = scan.Document.Text.AsSpan(words[at - 1].End, words[at].Start - words[at - 1].End).Trim();
        if (!(link.SequenceEqual("-") || link.SequenceEqual("\u2013"))) return null;
        var mate = before ? scan.MatchEndingAt(at) : scan.MatchStartingAt(at);
        if (mate is { } m) return m.Targets.OfType<PersonTarget>().Any() ? (m.First, m.End) : null;
        // an unknown word only after the name: before it, "Rimanews - Ahok …" is a dateline
        if (before || words[at].Case is not (WordCase.Capitalized or WordCase.AllCaps) || scan.LongestNameAt(at) is not null) return null;
        return (at, at + 1);
    }
}
