using Warta.Events.Language;
using Warta.Events.Patterns;

namespace Warta.Events.Coding;

/// <summary>Rules over a sentence's coded events that drop those that are not acts of their own: background nouns,
/// what an accusation alleges, the toll of an act of violence.</summary>
public sealed partial class EventCoder
{
    /// <summary>
    /// English wire leads tell one act and give its setting in prepositional phrases: "killed 100 villagers in an
    /// overnight attack", "as part of a deal with Washington", "in a campaign of ethnic cleansing". When the
    /// sentence has an act told by a verb with its source, an event noun inside a prepositional phrase is that
    /// act's background, not an event of its own (grammar setting adjunct-events = background).
    /// </summary>
    private void DropBackgroundAdjuncts(SentenceView s, ArgumentFinder args, List<SentenceEvent> events, HashSet<int> nounTriggers)
    {
        // a noun pattern, or a verb pattern used as a noun after a determiner ("in a campaign", "in an overnight attack")
        // ("in overnight raids": a modifier between a preposition and the word makes it a noun too)
        bool NounUse(int t) => nounTriggers.Contains(t) || t > 0 && (_g.Is("determiner", s[t - 1]) || t > 1 && _g.Is("determiner", s[t - 2]) && !args.IsVerbLike(t - 1)
            || t > 1 && _g.Is("preposition", s[t - 2]) && !_g.Is("control-preposition", s[t - 2]) && !args.IsVerbLike(t - 1) && s.ActorAt(t - 1) is null
               && !s.IsPunctuation(t - 1) && !s.IsCapitalized(t - 1)
            // "rounded up dozens of Baha'is in raids on homes": a bare noun right after a preposition ("after attacking": a gerund)
            || t > 0 && _g.Is("preposition", s[t - 1]) && !_g.Is("control-preposition", s[t - 1]) && !s[t].EndsWith("ing", StringComparison.Ordinal));
        // a preposition a few modifier words before it ("in an overnight attack"; "to" only before a determiner)
        bool AfterPreposition(int t)
        {
            for (int k = t - 1; k >= Math.Max(0, t - 4); k--)
            {
                if (_g.Is("preposition", s[k])) return !_g.Is("control-preposition", s[k]) || _g.Is("determiner", s[k + 1]);
                if (s.IsPunctuation(k) || s.ActorAt(k) is not null || args.IsVerbLike(k) && !_g.Is("determiner", s[k])) return false;
            }
            return false;
        }
        bool Adjunct(SentenceEvent e) => NounUse(e.TriggerFirst) && AfterPreposition(e.TriggerFirst);
        if (!events.Any(e => e.Source is not null && !Adjunct(e))) return;
        // ("rallied … against the president's veto of a pension increase": a noun whose possessor is its agent, another actor
        // than the verb events' sources, is that actor's act and stays)
        var verbSources = events.Where(e => e.Source is not null && !Adjunct(e)).Select(e => e.Source!.Code).ToHashSet(StringComparer.Ordinal);
        // ("after a month-long strike by banana workers": so is a noun pattern whose agent follows it in a by-phrase, grammar
        // class agent-preposition, before any verb, in a phrase telling another act before or behind the verb's, grammar class
        // sequel-preposition; "arrested two militants in the attack by Russia" tells the arrest's setting)
        int PrepositionBefore(int t)
        {
            for (int k = t - 1; k >= Math.Max(0, t - 4); k--) if (_g.Is("preposition", s[k])) return k;
            return -1;
        }
        bool ByAgent(SentenceEvent e, ActorMention src)
        {
            if (!nounTriggers.Contains(e.TriggerFirst) || src.FirstWord <= e.TriggerLast || src.FirstWord - e.TriggerLast > 8) return false;
            if (PrepositionBefore(e.TriggerFirst) is not (>= 0 and var p) || !_g.Is("sequel-preposition", s[p])) return false;
            for (int k = e.TriggerLast + 1; k < src.FirstWord; k++)
            {
                if (s.IsPunctuation(k) || args.IsVerbLike(k)) return false;
                if (_g.Is("agent-preposition", s[k])) return true;
            }
            return false;
        }
        bool OwnAgent(SentenceEvent e) => e.Source is { } src && (args.PossessorBefore(e.TriggerFirst) == src || ByAgent(e, src)) && !verbSources.Contains(src.Code);
        events.RemoveAll(e => Adjunct(e) && !OwnAgent(e));
        // "scrapped the reform after a strike by banana workers", "set free a couple following mediation by Qatar": a background
        // act with its own by-agent and no target of its own was aimed at the source of the act it explains
        var main = events.FirstOrDefault(e => e.Source is not null && !Adjunct(e));
        for (int i = 0; i < events.Count; i++)
            if (events[i] is { Target: null, Source: { } src } e && Adjunct(e) && ByAgent(e, src) && main?.Source is { } mainSource
                && mainSource.Code != src.Code && !e.NoTarget)
                events[i] = e with { Target = mainSource };
    }

    /// <summary>"Myanmar military jets bombed a monastery, killing at least 20 people": a participle clause after a comma
    /// (grammar class result-participle) that tells the toll of an act of violence already coded in the sentence is that
    /// act's result, not another event.</summary>
    private void DropResultParticiples(SentenceView s, List<SentenceEvent> events)
    {
        static bool Violent(string code) => code[..2] is "18" or "19" or "20";
        events.RemoveAll(e => Violent(e.Code) && e.TriggerFirst > 0 && s[e.TriggerFirst - 1] == "," && _g.Is("result-participle", s[e.TriggerFirst])
            && events.Any(o => o != e && Violent(o.Code) && o.Source is not null && o.TriggerLast < e.TriggerFirst));
    }

    /// <summary>"defended the army's decision to close the border", "defied a court order to leave the outpost", "rallied against
    /// the plan to curb the powers of prosecutors": an act after "to" that a noun of planning, deciding or asking (grammar class
    /// plan-noun) a few words before it is about, when that noun is what an earlier event in the sentence acts on, has not
    /// happened; it is that noun's content, not an event ("Honduras's decision to break off ties … was announced" stays).</summary>
    private void DropPlannedContent(SentenceView s, ArgumentFinder args, List<SentenceEvent> events)
    {
        if (_g.WordsOf("plan-noun").Count == 0) return;
        bool Planned(int t)
        {
            if (t < 2 || !_g.Is("control-preposition", s[t - 1])) return false;
            for (int k = t - 2; k >= 0 && k >= t - 4; k--)
            {
                if (_g.Is("plan-noun", s[k])) return (!args.IsVerbLike(k) || k > 0 && _g.Is("determiner", s[k - 1])) && events.Any(o => o.TriggerLast < k);
                if (s.IsPunctuation(k) || args.IsVerbLike(k) || s.ActorAt(k) is not null && k < t - 2) return false;
            }
            return false;
        }
        events.RemoveAll(e => Planned(e.TriggerFirst));
    }

    /// <summary>"accused the Rapid Support Forces of shelling a refugee camp", "accusing its crew of smuggling": what an
    /// accusation (root 11) alleges after its allegation preposition (grammar class allegation-preposition) is its content,
    /// not an event of its own.</summary>
    private void DropAllegedActs(SentenceView s, ArgumentFinder args, List<SentenceEvent> events)
    {
        if (_g.WordsOf("allegation-preposition").Count == 0) return;
        foreach (var accusation in events.Where(e => e.Code.StartsWith("11", StringComparison.Ordinal)).ToList())
        {
            int end = args.ClauseEnd(accusation.TriggerLast);
            int of = -1;
            for (int k = accusation.TriggerLast + 1; k < end && of < 0; k++)
                if (_g.Is("allegation-preposition", s[k])) of = k;
            if (of >= 0) events.RemoveAll(e => e.TriggerFirst > of && e.TriggerFirst < end && !e.Code.StartsWith("11", StringComparison.Ordinal));
        }
    }
}
