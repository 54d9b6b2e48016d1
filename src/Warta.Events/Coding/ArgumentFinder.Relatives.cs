namespace Warta.Events.Coding;

/// <summary>Passive relative clauses on a noun phrase ("Kanada yang didukung oleh Uni Eropa, Amerika Serikat dan Meksiko,
/// telah mendorong …"): their agents are not the subject of the predicate after the clause, the head is; and the head of a
/// relative clause set off by a comma ("Belarusia, yang didukung oleh …") is the actor before that comma.</summary>
public sealed partial class ArgumentFinder
{
    /// <summary>How many words an agent list of a relative clause may span ("oleh berbagai negara termasuk Rusia, Mesir, …").</summary>
    private const int MaxRelativeAgentList = 24;

    /// <summary>How many plain words (no actor, no list word) may stand in an agent phrase ("oleh berbagai negara termasuk …").</summary>
    private const int MaxAgentNounWords = 3;

    /// <summary>The actor heading the relative clause whose relative word is at <paramref name="rel"/>: the actor right
    /// before it, or before the comma that sets the clause off ("Belarusia, yang didukung …"); null when there is none.</summary>
    private ActorMention? HeadBeforeRelative(int rel)
    {
        if (rel >= 1 && _s.ActorAt(rel - 1) is { } head) return head;
        return rel >= 2 && _s[rel - 1] == "," ? _s.ActorAt(rel - 2) : null;
    }

    /// <summary>When <paramref name="actor"/> is in the agent list of a passive relative clause — "yang di-V oleh A, B dan C",
    /// "yang di-V oleh berbagai negara termasuk A, B", or bare "yang di-V A dan B" — the index of the relative word and of
    /// the passive verb; else null. Only list words (commas, coordinators, list openers, determiners) and a few plain nouns
    /// after "oleh" may stand between the verb and the actor.</summary>
    private (int Rel, int Verb)? RelativeAgentList(ActorMention actor, int start)
    {
        int plain = 0;
        // "KTP yang disiapkan tersangka, polisi langsung menciduk": an actor right after a comma opens a clause of its own; the
        // last agent of a list follows its coordinator ("oleh Uni Eropa, Amerika Serikat dan Meksiko")
        if (actor.FirstWord >= 1 && _s[actor.FirstWord - 1] == ",") return null;
        for (int k = actor.FirstWord - 1; k >= start && k >= actor.FirstWord - MaxRelativeAgentList; k--)
        {
            var w = _s[k];
            if (_s.ActorAt(k) is { } other) { k = other.FirstWord; continue; }
            if (w == "," || _g.Is("coordinator", w) || _g.Is("determiner", w) || _g.Is("list-opener", w)) continue;
            if (k >= 1 && _g.MatchAt("list-opener", _s.Words, k - 1) == 2) { k--; continue; }
            if (_g.Is("agent-preposition", w)) return PassiveRelativeAt(k - 1);
            // the bare agent follows its verb directly (BareAgent): no plain word between, and the list opens with an actor
            // ("pilihan yang lebih disukai dan Rusia serta Mesir mendukung …" coordinates two clauses)
            if (plain == 0 && (_s.ActorAt(k + 1) is not null || _g.Is("determiner", _s[k + 1])) && PassiveRelativeAt(k) is { } bare) return bare;
            if (_s.IsPunctuation(k) || IsVerbLike(k) || _g.Is("relative", w) || ++plain > MaxAgentNounWords) return null;
        }
        return null;
    }

    /// <summary>The passive verb at <paramref name="v"/> opens a relative clause: (relative word, verb), else null.</summary>
    private (int Rel, int Verb)? PassiveRelativeAt(int v) =>
        v >= 1 && _lang.Morphology.LooksPassive(_s[v]) && RelativeWordBefore(v) is int rel ? (rel, v) : null;

    /// <summary>The subject the predicate at <paramref name="t"/> takes when the actor left of it, <paramref name="actor"/>, is an agent of a passive
    /// relative clause: the clause's head when it is an actor (past other such clauses: "kampanye … oleh Belarusia, yang
    /// didukung oleh …"); the agent itself when the clause tells who leads a group (grammar class leader-passive: "kelompok
    /// 17 negara yang dipimpin Belarusia telah memblokir …"); else the relative word, left of which the search goes on.
    /// Null when the actor is no such agent.</summary>
    private (ActorMention? Subject, int Rel)? PastRelativeAgents(ActorMention actor, int t, int start)
    {
        // "cara baru yang ditempuh Kemenperin dalam membantu IKM": a predicate after a preposition or "untuk" is still in the
        // relative clause, done by its agent
        for (int k = actor.LastWord + 1; k < t; k++)
            if (IsPreposition(_s[k]) || _g.Is("control-preposition", _s[k])) return null;
        if (RelativeAgentList(actor, start) is not var (rel, verb)) return null;
        var agent = actor;
        while (true)
        {
            if (HeadBeforeRelative(rel) is not { } head)
                return _g.Is("leader-passive", _s[verb]) ? (agent, rel) : (null, rel);
            if (RelativeAgentList(head, start) is not var (outer, outerVerb)) return (head, rel);
            (agent, rel, verb) = (head, outer, outerVerb);
        }
    }
}
