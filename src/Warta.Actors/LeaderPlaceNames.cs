using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "Ketua Serikat Pekerja Pertamina, Rusdi, mengatakan", "Direktur eksekutif Lembaga Advokasi Halal, Ikhsan
/// Abdullah,": an unknown name set off by commas right after
/// "&lt;leader word&gt; &lt;organisation&gt;" is that organisation's head — a person, even when the NER typed the
/// short name as a place. (<see cref="Leadership"/> does this for organisations the dictionary knows; this
/// also takes organisations coded by rules, e.g. <see cref="CivilSocietyNames"/>.) The entity becomes a person with the organisation's code (the organisation entity's
/// own code, so "Serikat Pekerja Pertamina" gives labour, not the company). Only names the dictionary does not
/// know, closed by a comma or followed by a verb; leader words are the language cue <c>leader-before</c>.
/// Runs after every entity has its own code.
/// </summary>
public static class LeaderPlaceNames
{
    /// <summary>How many words before the organisation the leader word may stand ("Ketua Umum Federasi …").</summary>
    private const int LeaderReach = 3;

    public static void Apply(ActorScan scan)
    {
        var entities = scan.Document.Entities;
        var text = scan.Document.Text;
        for (int i = 0; i < entities.Count; i++)
        {
            var name = entities[i];
            if (name.Type is not (EntityType.LOC or EntityType.PER) || name.Actor is not null || name.IsNominal) continue;
            int first = scan.WordAtOrAfter(name.Start), end = first;
            while (end < scan.Words.Count && scan.Words[end].End <= name.End) end++;
            if (end == first || scan.NamesIn(first, end).Count > 0 || !ClosedOrActing(end, name.End, scan)) continue;
            var organisation = entities.Where(e => e.End <= name.Start && e.Type == EntityType.ORG && !e.IsNominal && e.Actor is { Length: > 3 })
                .MaxBy(e => e.End);
            if (organisation is null || !IsCommaGap(text, organisation.End, name.Start) || !LeaderBefore(organisation, scan)) continue;
            entities[i] = name with { Type = EntityType.PER, Actor = organisation.Actor, CanonicalName = text[name.Start..name.End] };
        }
    }

    /// <summary>A leader word within reach before the organisation's first word, with no punctuation between.</summary>
    private static bool LeaderBefore(Entity organisation, ActorScan scan)
    {
        int org = scan.WordAtOrAfter(organisation.Start);
        for (int k = org - 1; k >= Math.Max(0, org - LeaderReach); k--)
        {
            if (scan.Words[k + 1].GapBefore) return false;
            if (scan.Cues.LeaderBefore.Contains(scan.Words[k].Key) && scan.Words[k].Case == WordCase.Capitalized) return true;
        }
        return false;
    }

    /// <summary>A comma right after the name, or a verb (past adverbs) with nothing between.</summary>
    private static bool ClosedOrActing(int next, int nameEnd, ActorScan scan)
    {
        if (next >= scan.Words.Count) return false;
        var text = scan.Document.Text;
        if (scan.Words[next].GapBefore) return IsCommaGap(text, nameEnd, scan.Words[next].Start);
        return scan.Cues.IsVerbLike(scan.Words[next]);
    }

    /// <summary>Only a comma (and spaces) between the two offsets.</summary>
    private static bool IsCommaGap(string text, int from, int to) =>
        from <= to && to - from <= 4 && text.AsSpan(from, to - from).Trim().SequenceEqual(",");
}
