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
/// People counted, not named ("membunuh 200.000 orang"), are the public of the source's country for a wider set of roots and
/// any source with a role and a country (<see cref="Counted"/>).
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

    /// <summary>"Polisi mengamankan 141 orang", "milisi … sudah membunuh 200.000 orang", "lima orang lainnya kini sudah dibawa":
    /// people counted, not named, as the object of an act of a root of grammar class <c>counted-person-target-roots</c> (aid,
    /// investigation, charge, coercion, violence), are civilians of the source's country — the public the act is done to
    /// (GUIDELINES §4: CVL citizens, residents, victims, suspects without another role). Only a source with a role and a
    /// country (a bare country, "Israel menewaskan 14 orang", names no one whose people suffer it), and only when the
    /// sentence names no other country, whose people they may be ("menewaskan 10 orang di Afghanistan"). Runs before the
    /// sentence's events share their targets: the counted people are this act's own object.</summary>
    public ActorRef? Counted(SentenceView s, CodedMention m)
    {
        var code = m.Record.Code;
        var source = m.Source.Code;
        if (code.Length < 2 || !grammar.Is("counted-person-target-roots", code[..2])) return null;
        if (source.Length != 6 || !CountryCodes.IsCountry(source) || CountryCodes.OtherCountryNamed(s, source[..3])) return null;
        int first = s.WordIndexAt(m.Record.TriggerStart), last = s.WordIndexAt(m.Record.TriggerEnd - 1);
        return CountedPeople(s, first, last, morphology.LooksPassive(s[first])) is var (from, to) && from >= 0 && !DescribedAfter(s, to)
            ? new ActorRef(source[..3] + "CVL", s.WordStart(from), s.WordEnd(to)) : null;
    }

    /// <summary>How far after the counted noun an actor still describes the people counted.</summary>
    private const int DescriptionReach = 6;

    /// <summary>"memburu puluhan ribu orang yang diduga sebagai pendukung Gulen": an actor named in a relative clause right after
    /// the counted noun, before any punctuation, says who the people are; that actor, not the public, is the target
    /// (FallbackTarget finds it). Without "yang" the actor is another's ("meringkus empat orang mengaku penyidik KPK").</summary>
    private bool DescribedAfter(SentenceView s, int noun)
    {
        if (noun + 1 >= s.Count || !grammar.Is("relative", s[noun + 1])) return false;
        for (int k = noun + 2; k < s.Count && k <= noun + DescriptionReach && !s.IsPunctuation(k); k++)
            if (s.ActorAt(k) is not null) return true;
        return false;
    }

    /// <summary>"Polisi mengamankan 141 orang", "meringkus empat orang", "tiga orang ditangkap": people counted, not named
    /// (a number or number word, then a noun of class <c>counted-person</c>), as the act's object right after an active trigger
    /// or as the passive subject right before it, are civilians of the agent's country as a named unknown person is. Returns
    /// the phrase's first and last word, or (-1, -1).</summary>
    private (int From, int To) CountedPeople(SentenceView s, int first, int last, bool passive)
    {
        if (passive)
        {
            // "lima orang lainnya kini sudah dibawa": past auxiliaries and a word of class counted-person-tail
            int k = first - 1;
            while (k >= 0 && grammar.Is("aux", s[k])) k--;
            if (k >= 0 && grammar.Is("counted-person-tail", s[k])) k--;
            return k >= 1 && grammar.Is("counted-person", s[k]) && CountBefore(s, k) is int from ? (from, k) : (-1, -1);
        }
        for (int k = last + 1; k + 1 < s.Count && k <= last + 1 + Reach; k++)
        {
            if (s.IsPunctuation(k) || s.ActorAt(k) is not null) break;
            if (IsCount(s, k) && grammar.Is("counted-person", s[k + 1])) return (k, k + 1);
            // "membunuh 200.000 orang", "memaksa 2,5 juta orang": a number and its scale word
            if (k + 2 < s.Count && IsCount(s, k) && grammar.Is("count-scale", s[k + 1]) && grammar.Is("counted-person", s[k + 2])) return (k, k + 2);
        }
        return (-1, -1);
    }

    /// <summary>The first word of the count right before the counted noun at <paramref name="noun"/> ("tiga", "2,5 juta"), or null.</summary>
    private int? CountBefore(SentenceView s, int noun)
    {
        if (IsCount(s, noun - 1)) return noun - 1;
        return noun >= 2 && grammar.Is("count-scale", s[noun - 1]) && IsCount(s, noun - 2) ? noun - 2 : null;
    }

    /// <summary>A number word or a numeral ("13", "200.000", "2,5").</summary>
    private bool IsCount(SentenceView s, int k) =>
        grammar.Is("number-word", s[k]) || s[k].Length > 0 && char.IsAsciiDigit(s[k][0]) && char.IsAsciiDigit(s[k][^1])
            && s[k].All(c => char.IsAsciiDigit(c) || c is '.' or ',');

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
