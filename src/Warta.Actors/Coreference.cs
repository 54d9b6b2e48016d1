using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// Small queries over the coreference layer, for stages that resolve pronouns (the quotes stage resolves
/// "ia", "dia", "beliau", "-nya" with <see cref="MostRecentPerson"/>).
/// </summary>
public static class Coreference
{
    /// <summary>
    /// The person a pronoun at <paramref name="offset"/> most likely refers to: the first person mentioned
    /// earlier in the same sentence (its subject: "Stoltenberg mengatakan ia …"), else the first person of
    /// the nearest earlier sentence that mentions one (the previous sentence's subject: "… Stoltenberg
    /// mengatakan …. Ia menambahkan …"). People are PER entities, named or titled ("Sekjen NATO itu").
    /// Returns null when no person is mentioned before <paramref name="offset"/>. Uses the document's
    /// sentences when it has them, else treats the text as one sentence. Read the chain's canonical name
    /// and actor from the returned entity (<see cref="Entity.CanonicalName"/>, <see cref="Entity.Actor"/>,
    /// <see cref="Entity.Chain"/>); after <see cref="CoreferenceStage"/> they are the chain's.
    /// </summary>
    public static Entity? MostRecentPerson(Document document, int offset)
    {
        var people = document.Entities.Where(e => e.Type == EntityType.PER && e.End <= offset).ToList();
        if (people.Count == 0) return null;
        int sentence = document.SentenceAt(offset);
        if (sentence < 0 || document.Sentences.Count == 0) return people[^1];
        for (int s = sentence; s >= 0; s--)
        {
            var span = document.Sentences[s].Span;
            var first = people.FirstOrDefault(e => span.Contains(e.Start));
            if (first is not null) return first;
        }
        return people[^1];
    }

    /// <summary>All mentions of one chain, in text order.</summary>
    public static IEnumerable<Entity> Mentions(Document document, int chain) =>
        chain < 0 ? [] : document.Entities.Where(e => e.Chain == chain);

    /// <summary>The kind of actor an entity's code denotes, as nominal mentions need it ("aliansi itu"
    /// refers back to an international organisation, "negara itu" to a country).</summary>
    public static ActorKind KindOf(Entity entity)
    {
        if (entity.Type == EntityType.PER) return ActorKind.Person;
        var code = entity.Actor;
        if (code is null) return entity.Type == EntityType.LOC ? ActorKind.Country : ActorKind.Institution;
        if (code.StartsWith("IGO", StringComparison.Ordinal)) return ActorKind.Igo;
        if (code.Length == 3) return ActorKind.Country;
        if (code.EndsWith("PTY", StringComparison.Ordinal)) return ActorKind.Party;
        if (code.EndsWith("BUS", StringComparison.Ordinal)) return ActorKind.Company;
        if (code.Contains("REB", StringComparison.Ordinal) || code.StartsWith("IMG", StringComparison.Ordinal)) return ActorKind.Group;
        return ActorKind.Institution;
    }
}
