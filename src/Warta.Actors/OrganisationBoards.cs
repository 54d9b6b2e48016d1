using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "Ketua Harian DPD I Partai Golkar Jateng, Iqbal Wibisono", "Ketua DPD Partai Demokrat Provinsi Jawa Tengah, Rinto
/// Subekti": a board word (cue <c>board-words</c>: DPD, DPW, DPC, DPP) right before an organisation's name, a level
/// (cue <c>board-levels</c>: I, II) at most between, is that organisation's own board — not the regional senate the
/// acronym names alone (DPD RI, IDNLEG). The board mention ("DPD", the title "Ketua DPD") takes the organisation's code,
/// and the person introduced after the name — past the branch's place in capitalised words and a comma — acts for the
/// organisation (a party official speaking for the party: PTY, eval/events/GUIDELINES.md §4).
/// </summary>
public static class OrganisationBoards
{
    /// <summary>How many capitalised words of a branch's place may stand between the organisation and the person
    /// ("Provinsi Jawa Tengah").</summary>
    private const int PlaceWords = 4;

    public static void Apply(ActorScan scan)
    {
        var cues = scan.Cues;
        if (cues.BoardWords.Count == 0) return;
        var words = scan.Words;
        var ordered = scan.Document.Entities.OrderBy(e => e.Start).ThenByDescending(e => e.End).ToList();
        foreach (var board in ordered)
        {
            if (board.Actor is null) continue;
            int last = scan.WordAtOrAfter(board.End) - 1;
            if (last < 0 || words[last].End != board.End || !cues.BoardWords.Contains(words[last].Key)) continue;
            int k = last + 1;
            while (k < words.Count && !words[k].GapBefore && cues.BoardLevels.Contains(words[k].Key)) k++;
            if (k >= words.Count || words[k].GapBefore) continue;
            var organisation = ordered.FirstOrDefault(e => e.Start == words[k].Start && e.Type == EntityType.ORG && !e.IsNominal &&
                e.Actor is { Length: > 3 } code && code != board.Actor);
            if (organisation is null) continue;
            board.Actor = organisation.Actor;
            board.CanonicalName = board.IsNominal ? null : organisation.CanonicalName;
            if (IntroducedPerson(scan, ordered, organisation) is { } person) person.Actor = organisation.Actor;
        }
    }

    /// <summary>The person named right after the organisation: past up to <see cref="PlaceWords"/> capitalised words with
    /// nothing between them, then a comma or nothing; one whose code says no more than a nationality.</summary>
    private static Entity? IntroducedPerson(ActorScan scan, List<Entity> ordered, Entity organisation)
    {
        var words = scan.Words;
        var text = scan.Document.Text;
        int k = scan.WordAtOrAfter(organisation.End);
        for (int skipped = 0; k < words.Count && skipped <= PlaceWords; skipped++)
        {
            // "Jateng" (which the NER may take for a person): a place says which branch
            if (scan.MatchStartingAt(k) is { } place && AgentCountry.PlaceCode(place) is not null && !words[k].GapBefore)
            {
                k = place.End;
                continue;
            }
            var person = ordered.FirstOrDefault(e => e.Start == words[k].Start && e.Type == EntityType.PER && !e.IsNominal);
            if (person is not null)
            {
                var gap = text[Math.Max(organisation.End, words[k - 1].End)..words[k].Start].Trim();
                return gap is "" or "," && person.Actor is null or { Length: 3 } ? person : null;
            }
            if (words[k].GapBefore || words[k].Case is not (WordCase.Capitalized or WordCase.AllCaps)) return null;
            k++;
        }
        return null;
    }
}
