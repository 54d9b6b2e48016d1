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
        return CountedPeople(s, first, last, passive) is var (from2, to2) && from2 >= 0
            ? new ActorRef(source[..3] + "CVL", s.WordStart(from2), s.WordEnd(to2)) : null;
    }

    /// <summary>"Polisi mengamankan 141 orang", "meringkus empat orang", "tiga orang ditangkap": people counted, not named
    /// (a number or number word, then a noun of class <c>counted-person</c>), as the act's object right after an active trigger
    /// or as the passive subject right before it, are civilians of the agent's country as a named unknown person is. Returns
    /// the phrase's first and last word, or (-1, -1).</summary>
    private (int From, int To) CountedPeople(SentenceView s, int first, int last, bool passive)
    {
        if (passive)
            return first >= 2 && grammar.Is("counted-person", s[first - 1]) && IsCount(s, first - 2) ? (first - 2, first - 1) : (-1, -1);
        for (int k = last + 1; k + 1 < s.Count && k <= last + 1 + Reach; k++)
        {
            if (s.IsPunctuation(k) || s.ActorAt(k) is not null) break;
            if (IsCount(s, k) && grammar.Is("counted-person", s[k + 1])) return (k, k + 1);
        }
        return (-1, -1);
    }

    private bool IsCount(SentenceView s, int k) => grammar.Is("number-word", s[k]) || s[k].All(char.IsAsciiDigit);

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
