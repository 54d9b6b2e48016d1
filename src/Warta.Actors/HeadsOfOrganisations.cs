using Warta.Core;

namespace Warta.Actors;

/// <summary>
/// "The head of the UN refugee agency praised Chad", "the president of the European Council", "a commander of the ELN
/// rebels": a leader word (cue <c>head-of</c>) followed by "of"/"for" (cue <c>head-of-links</c>), an optional "the", and a
/// coded organisation is that organisation acting: the whole phrase becomes one mention with its code, so the event coder
/// finds the actor where the sentence's subject is. Only for languages that list the words (English).
/// </summary>
public static class HeadsOfOrganisations
{
    public static void Apply(ActorScan scan)
    {
        if (scan.Cues.HeadOf.Count == 0) return;
        var words = scan.Words;
        var entities = scan.Document.Entities;
        var added = new List<Entity>();
        for (int i = 0; i + 2 < words.Count; i++)
        {
            if (!scan.Cues.HeadOf.Contains(words[i].Key)) continue;
            int k = i + 1;
            if (words[k].GapBefore || !scan.Cues.HeadOfLinks.Contains(words[k].Key)) continue;
            k++;
            if (k + 1 < words.Count && !words[k].GapBefore && scan.Cues.DemonstrativesBefore.Contains(words[k].Key)) k++;
            if (words[k].GapBefore || scan.MatchStartingAt(k) is not { } m ||
                ActorResolver.Preferred(m.Targets) is not ActorTarget { Actor.Kind: ActorKind.Igo or ActorKind.Group or ActorKind.Party or ActorKind.Institution or ActorKind.Company or ActorKind.Seat })
                continue;
            var orgSpan = scan.SpanOf(m.First, m.End);
            // the organisation's own mention (the NER's may be longer, "[ELN rebels]", or shorter, "[UN] refugee agency")
            var org = entities.Where(e => e.Start == orgSpan.Start && e.Actor is not null).MaxBy(e => e.End);
            if (org is null) continue;
            var whole = new TextSpan(words[i].Start, Math.Max(org.End, orgSpan.End));
            // a mention crossing the phrase's edge is another reading; leave the sentence as it is
            if (entities.Any(e => e.Span.Overlaps(whole) && !whole.Contains(e.Span))) continue;
            foreach (var e in entities)
                if (e.Start == words[i].Start && e.End == words[i].End) e.Actor = org.Actor; // "president" as an agent noun
            if (entities.Any(e => e.Span == whole)) continue;
            added.Add(new Entity(whole.Start, whole.End, EntityType.PER) { IsNominal = true, Actor = org.Actor, CanonicalName = org.CanonicalName });
        }
        entities.AddRange(added);
    }
}
