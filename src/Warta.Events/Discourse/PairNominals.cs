using Warta.Core;
using Warta.Events.Coding;

namespace Warta.Events.Discourse;

/// <summary>
/// "Presiden Joko Widodo bertemu PM Najib Razak. Kedua negara sepakat meningkatkan kerja sama.": a plural nominal
/// ("kedua negara", "kedua pihak", "both sides"; the coreference stage adds it as an entity with no actor, from the
/// cue <c>plural-nominals</c>) as the subject stands for the two sides of the latest earlier event between two
/// actors, within <see cref="Reach"/> sentences. Both sides are read at the nominal's own words, so the evidence
/// stays in the sentence.
/// </summary>
public static class PairNominals
{
    /// <summary>How many sentences back the pair's event may be.</summary>
    public const int Reach = 3;

    /// <summary>Words between the nominal and the trigger ("Kedua negara juga telah sepakat …").</summary>
    private const int MaxGap = 5;

    public static (ActorRef A, ActorRef B)? Sides(Document doc, SentenceView s, SentenceEvent ev, IReadOnlyList<CodedMention> earlier)
    {
        if (ev.Source is not null) return null;
        int trigger = s.WordStart(ev.TriggerFirst);
        var nominal = PairSubject(doc, s, ev.TriggerFirst, trigger);
        if (nominal is null) return null;
        for (int i = earlier.Count - 1; i >= 0; i--)
        {
            var m = earlier[i];
            if (m.Record.Sentence < s.Index - Reach) break;
            if (m.Target is not { } t || t.Code == m.Source.Code) continue;
            return (new ActorRef(m.Source.Code, nominal.Start, nominal.End), new ActorRef(t.Code, nominal.Start, nominal.End));
        }
        return null;
    }

    /// <summary>The plural nominal right before the trigger (a few words between, no actor, no punctuation).</summary>
    private static Entity? PairSubject(Document doc, SentenceView s, int triggerWord, int trigger)
    {
        Entity? found = null;
        foreach (var e in doc.Entities)
            if (e.IsNominal && e.Actor is null && e.Start >= s.Start && e.End <= trigger && (found is null || e.Start > found.Start)) found = e;
        if (found is null) return null;
        int after = s.WordIndexAt(found.End - 1) + 1;
        if (triggerWord - after > MaxGap) return null;
        for (int k = after; k < triggerWord; k++)
            if (s.ActorAt(k) is not null || s.IsPunctuation(k)) return null;
        return found;
    }
}
