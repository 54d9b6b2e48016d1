using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// An unknown person introduced after their name by their place in an organisation acts for it:
/// "Rusdianto Samawa, Koordinator Aksi dari Aliansi Nelayan Indonesia" → the alliance's code (IDNAGR).
/// The mirror of <see cref="Leadership"/> (organisation before the name); the leader words are the same
/// language cue (<c>leader-before</c>). Runs after every entity has its own code.
/// </summary>
public static class ApposedLeadership
{
    /// <summary>How many words after the leader word the organisation may start ("Koordinator Aksi dari …").</summary>
    private const int OrganisationReach = 4;

    public static void Apply(ActorScan scan)
    {
        var entities = scan.Document.Entities;
        var text = scan.Document.Text;
        for (int i = 0; i < entities.Count; i++)
        {
            var person = entities[i];
            if (person.Type != EntityType.PER || person.IsNominal || person.Actor is not null) continue;
            int leader = scan.WordAtOrAfter(person.End);
            if (leader >= scan.Words.Count || !IsComma(text, person.End, scan.Words[leader].Start) ||
                !scan.Cues.LeaderBefore.Contains(scan.Words[leader].Key) || scan.Words[leader].Case != WordCase.Capitalized)
                continue;
            if (OrganisationAfter(leader, scan) is { } code) person.Actor = code;
        }
    }

    /// <summary>The code of the first organisation entity starting within reach of the leader word, with no
    /// punctuation between; null when a person or nothing comes first.</summary>
    private static string? OrganisationAfter(int leader, ActorScan scan)
    {
        int limit = Math.Min(scan.Words.Count, leader + 1 + OrganisationReach);
        for (int k = leader + 1; k < limit; k++)
        {
            if (scan.Words[k].GapBefore) return null;
            var start = scan.Words[k].Start;
            var org = scan.Document.Entities.FirstOrDefault(e => e.Start == start);
            if (org is null) continue;
            return org.Type == EntityType.ORG && !org.IsNominal ? org.Actor : null;
        }
        return null;
    }

    private static bool IsComma(string text, int from, int to) =>
        from <= to && text.AsSpan(from, to - from).Trim().SequenceEqual(",");
}
