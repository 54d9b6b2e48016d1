using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "… ujar politisi PKB itu", "kader Partai Nasdem itu ditangkap": a member word (cue
/// <c>party-member-words</c>: politisi, kader …) before a party's name with a demonstrative after it is an epithet
/// of a person the article named before, not the party. The guidelines code a person by the role they act in
/// (a DPR member → LEG, a regent → GOV), so the mention becomes a nominal of the last person named before it of
/// the party's country in a role (not a civilian), with that person's code and name (and so their chain); the party's
/// own mention goes. No such person before it, and the party mention stays.
/// </summary>
public static class PartyMemberEpithets
{
    public static void Apply(Document document, List<Word> words, LanguageCues cues)
    {
        if (cues.PartyMemberWords.Count == 0 || cues.DemonstrativesAfter.Count == 0) return;
        var entities = document.Entities;
        for (int k = 0; k < entities.Count; k++)
        {
            var party = entities[k];
            if (party.IsNominal || party.Actor is not { Length: 6 } code || !code.EndsWith("PTY", StringComparison.Ordinal)) continue;
            int first = CoreferenceStage.IndexAtOrAfter(words, party.Start);
            int after = CoreferenceStage.IndexAtOrAfter(words, party.End);
            if (first == 0 || first >= words.Count || words[first].GapBefore) continue;
            // "politisi PKB", "kader Partai Nasdem" (the party word may be inside the party's name or before it)
            int member = first - 1;
            if (!cues.PartyMemberWords.Contains(words[member].Key)) continue;
            if (after >= words.Count || words[after].GapBefore || !cues.DemonstrativesAfter.Contains(words[after].Key)) continue;
            var person = LastPerson(entities, words[member].Start, code[..3]);
            if (person is null) continue;
            entities[k] = new Entity(words[member].Start, words[after].End, EntityType.PER)
            {
                IsNominal = true, Actor = person.Actor, CanonicalName = person.CanonicalName,
            };
        }
    }

    /// <summary>The last named person ending by <paramref name="start"/> in a role (not a civilian) of <paramref name="country"/>.</summary>
    private static Entity? LastPerson(List<Entity> entities, int start, string country)
    {
        Entity? last = null;
        foreach (var e in entities)
            // (a civilian is no one a party's member word would describe: the epithet is about someone else)
            if (e.End <= start && e.Type == EntityType.PER && !e.IsNominal && e.Actor is { Length: 6 } a && a.StartsWith(country, StringComparison.Ordinal) &&
                !a.EndsWith("CVL", StringComparison.Ordinal) &&
                (last is null || e.Start > last.Start))
                last = e;
        return last;
    }
}
