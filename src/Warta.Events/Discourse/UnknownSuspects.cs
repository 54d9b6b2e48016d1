using Warta.Core;
using Warta.Events.Coding;
using Warta.Events.Language;

namespace Warta.Events.Discourse;

/// <summary>
/// "Polisi menangkap Ahmad Sudirman", "Ahmad Sudirman ditangkap polisi": a person the actor dictionary does not know has
/// no actor code, so an arrest, summons or charge (roots of grammar class <c>unknown-person-target-roots</c>) by the police or
/// a court (roles of <c>unknown-person-agent-roles</c>) would lose its target. A person named as its object (right after an
/// active trigger) or its passive subject (right before a trigger passive by its form, <see cref="ITriggerMorphology.LooksPassive"/>), with no punctuation between, is a civilian of
/// the agent's country — as the annotation guidelines code suspects without another role (eval/events/GUIDELINES.md §4).
/// </summary>
public sealed class UnknownSuspects(EventGrammar grammar, ITriggerMorphology morphology)
{
    /// <summary>How many words may stand between the trigger and the person's name ("menangkap pria berinisial …").</summary>
    private const int Reach = 3;

    public ActorRef? Find(Document doc, SentenceView s, CodedMention m)
    {
        var code = m.Record.Code;
        var source = m.Source.Code;
        if (code.Length < 2 || !grammar.Is("unknown-person-target-roots", code[..2])) return null;
        if (source.Length != 6 || !grammar.Is("unknown-person-agent-roles", source[3..].ToLowerInvariant())) return null;
        int first = s.WordIndexAt(m.Record.TriggerStart), last = s.WordIndexAt(m.Record.TriggerEnd - 1);
        bool passive = morphology.LooksPassive(s[first]);
        foreach (var e in doc.Entities)
        {
            if (e.Type != EntityType.PER || e.IsNominal || e.Actor is not null || e.Start < s.Start || e.End > s.End) continue;
            int from = s.WordIndexAt(e.Start), to = s.WordIndexAt(e.End - 1);
            bool fits = passive ? to < first && first - to - 1 <= Reach && (Plain(s, to + 1, first) || Apposed(s, from, to, first))
                                : from > last && from - last - 1 <= Reach && Plain(s, last + 1, from);
            if (fits) return new ActorRef(source[..3] + "CVL", e.Start, e.End);
        }
        return null;
    }

    /// <summary>"Penasihat spiritual PARFI, Gatot Brajamusti, diciduk polisi": a name set off by commas right before the
    /// passive trigger is its subject in apposition.</summary>
    private static bool Apposed(SentenceView s, int from, int to, int trigger) =>
        to + 2 == trigger && s[to + 1] == "," && from > 0 && s[from - 1] == ",";

    /// <summary>No punctuation and no actor between the words.</summary>
    private static bool Plain(SentenceView s, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (s.IsPunctuation(k) || s.ActorAt(k) is not null) return false;
        return true;
    }
}
