using Warta.Events.Coding;
using Warta.Events.Language;

namespace Warta.Events.Discourse;

/// <summary>
/// A speaker's judgement of another actor in reported or quoted speech, told in evaluative words rather than
/// by a verb of criticism or praise (word classes in data/&lt;lang&gt;/events/judgements.tsv):
/// "Menurut dia, kebijakan pemerintah merugikan petani" (111), "Pejabat itu mengatakan China bersikap agresif" (111),
/// "Kebijakan Gubernur dinilai LBH diskriminatif" (111), "Ada motif politik pada hakim," kata Bonar (111),
/// "Langkah KPK itu patut diapresiasi," ujar Andi (051). GUIDELINES §2: a speaker's criticism is 11x, approval 051.
/// <list type="bullet">
/// <item>the source is the speaker: the subject of the reporting verb before the cue, the agent of a passive one
/// ("dinilai LBH"), the actor cited by "menurut", the speaker named after the clause ("…, kata X"), else the speaker
/// of the quotation holding the cue (looked up by the stage; none, no event);</item>
/// <item>the target is the actor judged: the first actor of the judged clause before the cue (its subject or the
/// subject's possessor: "kebijakan pemerintah"), for a noun cue also its holder after it ("arogansi Google",
/// "motif politik pada hakim") — never the speaker, the speaker's own country, a place or an actor in a
/// prepositional phrase;</item>
/// <item>no judgement when the cue is negated or reversed ("tidak melanggar", "jauh dari"), describes a class of
/// people in a relative clause ("pengendara yang melanggar"), is conditional, a purpose or a question, or when the
/// sentence already codes the speaker's criticism or praise.</item>
/// </list>
/// </summary>
public sealed class StatedJudgements(EventGrammar grammar, EventGrammar judgements, ITriggerMorphology morphology)
{
    public const string Disapproval = "111";
    public const string Approval = "051";
    /// <summary>How many words after a passive reporting verb ("dinilai oleh Setara Institute") its agent may start.</summary>
    private const int AgentReach = 3;
    /// <summary>How many words before a cue a negator or reversal still turns it ("tidak pernah melanggar").</summary>
    private const int NegationReach = 2;
    /// <summary>How many words a cited speaker's name may reach after "menurut" (titles come first).</summary>
    private const int CitationReach = 8;

    private static readonly (string Class, string Code, bool Noun)[] Cues =
    [
        ("disapproval", Disapproval, false), ("disapproval-noun", Disapproval, true),
        ("approval", Approval, false), ("approval-noun", Approval, true),
    ];
    /// <summary>The classes the scan in <see cref="Find"/> asks at every word (those of <see cref="Cues"/>): a sentence none of
    /// whose words starts one is not scanned (<see cref="VerbCues.Cue.JudgementScan"/>).</summary>
    internal static readonly string[] ScanClasses = Array.ConvertAll(Cues, c => c.Class);

    /// <param name="coded">The sentence's events so far: a cue inside one of their triggers is that event's word, and a
    /// sentence that already codes the speaker's criticism (or praise) needs no second one from its adjectives.</param>
    public List<SentenceEvent> Find(SentenceView s, ArgumentFinder args, IReadOnlyList<SentenceEvent> coded)
    {
        List<SentenceEvent>? found = null; // most sentences have no cue: no list for them
        if (s.Count > 0 && s[^1] == "?" || !args.SentenceHas(VerbCues.Cue.JudgementScan)) return [];
        for (int i = 0; i < s.Count; i++)
        {
            foreach (var (cls, code, noun) in Cues)
            {
                int n = judgements.MatchAt(cls, s.Words, i);
                if (n == 0) continue;
                if (Judge(s, args, coded, i, i + n - 1, code, noun) is { } e && !Contains(found ??= [], e))
                    found.Add(e);
                i += n - 1;
                break;
            }
        }
        return found ?? [];
    }

    /// <summary>Whether <paramref name="found"/> already holds a judgement of <paramref name="e"/>'s code and target (a loop,
    /// not a lambda: a lambda capturing <c>e</c> made a closure for every word and cue class of the sentence).</summary>
    private static bool Contains(List<SentenceEvent> found, SentenceEvent e)
    {
        foreach (var f in found)
            if (f.Code == e.Code && f.Target?.Code == e.Target?.Code) return true;
        return false;
    }

    private SentenceEvent? Judge(SentenceView s, ArgumentFinder args, IReadOnlyList<SentenceEvent> coded, int first, int last, string code, bool noun)
    {
        var root = code[..2];
        // (a word of another event is that event's, except an agentless passive of the same kind: "patut diapresiasi")
        if (s.ActorAt(first) is not null
            || coded.Any(e => e.TriggerFirst <= last && e.TriggerLast >= first && !(e.Source is null && e.Code.StartsWith(root, StringComparison.Ordinal))))
            return null;
        if (Negated(s, first) || InRelativeClause(s, first)) return null;
        // ("agar tidak diskriminatif", "jika melanggar", "bisa merugikan"): a wish, a condition or a possibility is no judgement
        if (first > 0 && grammar.Is("potential", s[first - 1])) return null;
        // ("merugikan keuangan negara", "menyalahgunakan … Pasal 3"): the wording of a criminal charge, coded as one (112)
        if (last + 1 < s.Count && judgements.MatchAt("charge-object", s.Words, last + 1) > 0) return null;
        var (speaker, from, subjectBefore) = Speaker(s, args, first);
        for (int k = Math.Max(from, args.ClauseStart(first)); k < first; k++)
            if (grammar.Is("conditional", s[k]) || grammar.Is("purpose", s[k]) || grammar.Is("hypothetical", s[k])) return null;
        if (speaker is null && from < 0) return null;
        // ("memuji keputusan Kim sebagai hal yang bijaksana": the cue is what an act of the same kind between the reporting
        // verb and the cue says)
        if (coded.Any(e => e.Code.StartsWith(root, StringComparison.Ordinal)
                           && !(e.Source is null && e.TriggerFirst >= first && e.TriggerFirst <= last)
                           && (e.Source is null || speaker is null || e.Source.Code == speaker.Code || e.TriggerFirst >= from && e.TriggerLast < first)))
            return null;
        var target = subjectBefore ?? Judged(s, args, Math.Max(from, args.ClauseStart(first)), first, speaker)
                     ?? (noun ? Holder(s, args, last + 1, speaker) : null);
        if (target is null) return null;
        return new SentenceEvent(code, speaker, target, first, last, false) { SpeakerOnly = speaker is null };
    }

    /// <summary>"pengendara yang melanggar", "korupsi yang ditaksir merugikan negara", "hal yang “bijaksana”": a cue in a
    /// relative clause (a relative word a few words before it, past auxiliaries, negators, quote marks and one verb of
    /// hedging) describes a noun, it judges no actor.</summary>
    private bool InRelativeClause(SentenceView s, int cue)
    {
        bool hedge = false;
        for (int k = cue - 1; k >= 0 && k >= cue - 4; k--)
        {
            var w = s[k];
            // ("menyebut tindakan warga sebagai hal yang sangat berani": a relative on a noun of conduct, class judged-head, is
            // the judgement itself)
            if (grammar.Is("relative", w)) return !(k > 0 && judgements.Is("judged-head", s[k - 1]));
            if (grammar.Is("aux", w) || grammar.Is("negator", w) || grammar.Is("degree", w) || w is "\"" or "\u201c" or "'") continue;
            if (!hedge && morphology.LooksLikeVerb(w)) { hedge = true; continue; }
            return false;
        }
        return false;
    }

    /// <summary>A negator or reversal ("tidak", "bukan", "jauh dari") within a couple of words before the cue.</summary>
    private bool Negated(SentenceView s, int cue)
    {
        for (int k = cue - 1; k >= 0 && k >= cue - NegationReach; k--)
        {
            if (grammar.Is("negator", s[k])) return true;
            if (s.IsPunctuation(k)) break;
        }
        for (int k = Math.Max(0, cue - 4); k < cue; k++)
            if (judgements.MatchAt("reversal", s.Words, k) is int r and > 0 && k + r >= cue - 1) return true;
        return false;
    }

    /// <summary>The speaker of the statement holding the cue, where the judged clause starts, and (after a passive
    /// reporting verb) the actor judged, its subject. The start is -1 when nothing reports the cue: then only a quote's
    /// speaker can be the source (a null speaker with a start of 0 or more).</summary>
    private (ActorMention? Speaker, int From, ActorMention? Judged) Speaker(SentenceView s, ArgumentFinder args, int cue)
    {
        for (int k = cue - 1; k >= 0; k--)
        {
            bool says = args.IsSay(k) || judgements.Is("opinion-verb", s[k]);
            if (says && morphology.LooksPassive(s[k]))
            {
                // "Kebijakan itu dinilai (oleh) LBH diskriminatif": the agent speaks, the subject is judged
                for (int j = k + 1; j < cue && j <= k + AgentReach; j++)
                    if (s.ActorAt(j) is { } agent)
                    {
                        var judged = FirstActor(s, args, args.ClauseStart(k), k, agent);
                        return (agent, agent.LastWord + 1, judged);
                    }
                return (null, -1, null);
            }
            if (says)
            {
                var subject = args.Subject(k);
                return subject.Count > 0 ? (subject[0], k + 1, null) : (null, -1, null);
            }
            if (judgements.Is("citation", s[k]) && CitedAt(s, k) is { } cited)
                return (cited, cited.LastWord + 1, null);
        }
        var after = args.GoverningSpeaker(cue);
        return after.Count > 0 ? (after[0], 0, null) : (null, 0, null);
    }

    /// <summary>"menurut Febri", "menurut dia", "menurutnya", "menurut Wakil Ketua Setara Institute Bonar, …": the actor
    /// cited (the first one named before the comma that ends the citation).</summary>
    private static ActorMention? CitedAt(SentenceView s, int k)
    {
        if (s[k].EndsWith("nya", StringComparison.Ordinal)) return s.ResolvePronoun(k, person: true);
        if (k + 1 >= s.Count) return null;
        if (s[k + 1] is "dia" or "ia" or "beliau") return s.ResolvePronoun(k + 1, person: true);
        for (int j = k + 1; j < s.Count && j <= k + CitationReach && !s.IsPunctuation(j); j++)
            if (s.ActorAt(j) is { } a) return a;
        return null;
    }

    /// <summary>The first actor of the judged clause before the cue that can be judged by the speaker.</summary>
    private ActorMention? Judged(SentenceView s, ArgumentFinder args, int from, int cue, ActorMention? speaker) =>
        FirstActor(s, args, from, cue, speaker);

    private ActorMention? FirstActor(SentenceView s, ArgumentFinder args, int from, int to, ActorMention? speaker)
    {
        for (int k = Math.Max(0, from); k < to; k++)
            if (s.ActorAt(k) is { } a && Judgeable(a, speaker) && !args.InPrepositionalPhrase(k)) return a;
        return null;
    }

    /// <summary>"arogansi Google", "motif politik pada hakim": the holder of a noun cue right after it (past determiners)
    /// or in a phrase of the class holder-preposition.</summary>
    private ActorMention? Holder(SentenceView s, ArgumentFinder args, int k, ActorMention? speaker)
    {
        while (k < s.Count && grammar.Is("determiner", s[k]) && s.ActorAt(k) is null) k++;
        if (k < s.Count && judgements.Is("holder-preposition", s[k])) k++;
        return k < s.Count && s.ActorAt(k) is { } a && Judgeable(a, speaker) ? a : null;
    }

    /// <summary>Not the speaker, not the speaker's own country ("Indonesia …," kata Menlu). An actor of the speaker's own code
    /// is its own side ("Kemendagri mengatakan pemerintah …"), except an institution judged by a person ("Rajoy mengatakan
    /// tindakan pemerintah Katalan bertentangan dengan hukum": both ESPGOV, one the other's critic). (A country is typed a
    /// place by the tagger, but as the subject of the judged clause it acts: "China bersikap agresif".)</summary>
    private static bool Judgeable(ActorMention a, ActorMention? speaker)
    {
        if (speaker is null) return true;
        if (a.Code.Length == 3 && speaker.Code.StartsWith(a.Code, StringComparison.Ordinal)) return false;
        return a.Code != speaker.Code || a.Code.Length > 3 && speaker.IsPerson && !a.IsPerson;
    }
}
