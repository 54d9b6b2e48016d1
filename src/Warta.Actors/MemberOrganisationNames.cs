using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "Federasi Buruh Transportasi Pelabuhan Indonesia", "Aliansi Nelayan Tradisional", "Ikatan Dokter Indonesia": an
/// organisation the dictionary does not know, whose name opens with a word for an association of people (cue
/// <c>member-organisation-words</c>: federasi, serikat, asosiasi, ikatan …) and names the people it gathers with a
/// generic agent noun (buruh → LAB, nelayan → AGR, dokter → HLH), acts in their role — a union is labour, not the
/// country its name ends with. The country is a place closing the name, else the agent noun's own (the article's).
/// Only agents of people (PER or MISC nouns, not institutions like "polisi"), and only a name with no code or with
/// just the code of the country closing it.
/// </summary>
public static class MemberOrganisationNames
{
    public static void Apply(ActorScan scan)
    {
        var cues = scan.Cues;
        if (cues.MemberOrganisationWords.Count == 0) return;
        foreach (var entity in scan.Document.Entities)
        {
            if (entity.Type != EntityType.ORG || entity.IsNominal) continue;
            int first = scan.WordAtOrAfter(entity.Start), end = first;
            while (end < scan.Words.Count && scan.Words[end].End <= entity.End) end++;
            if (end - first < 2 || scan.Words[first].Case != WordCase.Capitalized || !cues.MemberOrganisationWords.Contains(scan.Words[first].Key))
                continue;
            var inside = scan.NamesIn(first, end);
            var closing = inside.FirstOrDefault(m => m.End == end && m.First > first && m.Count > 0);
            var closingCountry = closing.Count > 0 && AgentCountry.PlaceCode(closing) is { } place && scan.Dictionary.Countries.ContainsKey(place) ? place : null;
            if (entity.Actor is not null && entity.Actor != closingCountry) continue;
            var people = inside.FirstOrDefault(m => m.First > first && m.Count > 0 &&
                ActorResolver.Preferred(m.Targets) is AgentTarget { Agent: { CountryOnly: false, Type: EntityType.PER or EntityType.MISC } });
            if (people.Count == 0 || ActorResolver.Preferred(people.Targets) is not AgentTarget { Agent: var agent }) continue;
            var code = closingCountry is not null ? closingCountry + agent.Role : ActorResolver.Resolve(ActorResolver.Preferred(people.Targets), people, scan).Code;
            if (code is not null) entity.Actor = code;
        }
    }
}
