using Warta.Events.Coding;
using Warta.Events.Language;

namespace Warta.Events.Discourse;

/// <summary>
/// Appeals (020) told by what an actor should or must not do, in the constructions the coder's "X harus …" rule
/// (<see cref="SentenceRules.DeonticAppeals"/>) does not reach (word classes in data/&lt;lang&gt;/events/appeals.tsv):
/// <list type="bullet">
/// <item>a modal before its subject: "Mestinya Anies menggunakan kewenangannya …," jelasnya; "Amin mengatakan
/// seharusnya masyarakat mempercayakan …" (class fronted-deontic);</item>
/// <item>a prohibition after its subject: "pemerintah tidak boleh membiarkan …", "KPU jangan …" (class prohibition);</item>
/// <item>an inclusive call: "Mari kita hormati proses hukum," kata Herman (class inclusive-appeal): an appeal to no one
/// in particular.</item>
/// </list>
/// The speaker is the subject of the governing reporting verb, else the quote's speaker (looked up by the stage; with
/// none there is no event). Precision first: the addressee must be an actor mention in the construction itself, and an
/// actor is not appealed to by itself or by its own country's officials.
/// </summary>
public sealed class DeonticAppeals(EventGrammar grammar, EventGrammar appeals)
{
    public const string Code = "020";
    /// <summary>How far after the addressee its verb may be ("Seharusnya Anies selaku gubernur harus bertindak").</summary>
    private const int VerbReach = 6;
    /// <summary>"mengingatkan X agar …": appeals told by a clause of purpose (class appeal-verb), in a file of their own.</summary>
    private readonly PurposeAppeals _purpose = new(grammar, appeals);
    /// <summary>The classes the scan in <see cref="Find"/> asks at every word (of the appeals file, and of the main grammar):
    /// a sentence none of whose words starts one is not scanned (<see cref="VerbCues.Cue.AppealScan"/>).</summary>
    internal static readonly string[] ScanClasses = ["fronted-deontic", "prohibition", "weak-deontic", "wish", "inclusive-appeal"];
    internal static readonly string[] ScanGrammarClasses = ["deontic"];

    /// <param name="coded">The sentence's events so far: an inclusive call beside an appeal the sentence already makes
    /// ("Mari suarakan agar pemerintah yang sudah seharusnya …") is that appeal, not another.</param>
    public IEnumerable<SentenceEvent> Find(SentenceView s, ArgumentFinder args, IReadOnlyList<SentenceEvent> coded)
    {
        List<SentenceEvent>? found = null; // most sentences have no cue: no list for them
        int inclusive = -1, inclusiveLength = 0;
        // (most sentences have no word of the scanned classes: nothing to scan)
        int scanned = args.SentenceHas(VerbCues.Cue.AppealScan) ? s.Count : 0;
        for (int i = 0; i < scanned; i++)
        {
            if (appeals.MatchAt("fronted-deontic", s.Words, i) is int f and > 0)
            {
                (found ??= []).AddRange(Fronted(s, args, i, f));
                (found ??= []).AddRange(PassiveAgent(s, args, i, f));
                i += f - 1;
            }
            else if (appeals.MatchAt("prohibition", s.Words, i) is int p and > 0)
            {
                (found ??= []).AddRange(Prohibited(s, args, i, p));
                (found ??= []).AddRange(PassiveAgent(s, args, i, p));
                i += p - 1;
            }
            else if (appeals.MatchAt("weak-deontic", s.Words, i) is int d and > 0)
            {
                (found ??= []).AddRange(Needed(s, args, i, d));
                i += d - 1;
            }
            else if (appeals.MatchAt("wish", s.Words, i) is int h and > 0)
            {
                (found ??= []).AddRange(Wished(s, args, i, h));
                i += h - 1;
            }
            else if (grammar.Is("deontic", s[i]))
                (found ??= []).AddRange(PassiveAgent(s, args, i, 1));
            // ("mari saya ingatkan": the speaker alone, no call to anyone)
            else if (appeals.MatchAt("inclusive-appeal", s.Words, i) is int m and > 0 && ClauseInitial(s, args, i)
                     && !(i + m < s.Count && appeals.Is("first-person-singular", s[i + m])))
            {
                if (inclusive < 0) (inclusive, inclusiveLength) = (i, m);
                i += m - 1;
            }
        }
        // "Mari kita hormati …": the speaker appeals to everyone listening, no actor in particular
        if (inclusive >= 0 && !(found ?? []).Concat(coded).Any(e => e.Code.StartsWith("02", StringComparison.Ordinal)))
        {
            var speaker = args.GoverningSpeaker(inclusive);
            (found ??= []).Add(new SentenceEvent(Code, speaker.FirstOrDefault(), null, inclusive, inclusive + inclusiveLength - 1, false) { SpeakerOnly = speaker.Count == 0, NoTarget = true });
        }
        foreach (var e in _purpose.Find(s, args, coded))
            if (!(found ?? []).Any(f => f.Source?.Code == e.Source?.Code && f.Target?.Code == e.Target?.Code)) (found ??= []).Add(e);
        return found ?? (IEnumerable<SentenceEvent>)[];
    }

    /// <summary>"Seharusnya Anies …": the actor right after the modal (past determiners and a comma) is the addressee when a
    /// verb of its own follows; its passive ("Seharusnya pelaku ditangkap") makes it no addressee.</summary>
    private IEnumerable<SentenceEvent> Fronted(SentenceView s, ArgumentFinder args, int i, int length)
    {
        if (i > 0 && appeals.Is("not-clause-start", s[i - 1])) yield break;
        int k = i + length;
        if (k < s.Count && s[k] == ",") k++;
        while (k < s.Count && grammar.Is("determiner", s[k])) k++;
        if (s.ActorAt(k) is not { } first) yield break;
        // "Seharusnya Polri dan KPK …": coordinated addressees
        var (addressees, last) = Coordinated(s, first);
        if (!OwnVerbAfter(s, args, last + 1)) yield break;
        // the coder's own rule already appealed to a subject before the modal ("X seharusnya …")
        var before = args.Subject(i);
        foreach (var e in Appeals(s, args, i, i + length - 1, addressees.Where(a => !before.Any(b => b.Code == a.Code)).ToList()))
            yield return e;
    }

    /// <summary>An addressee and the actors coordinated with it ("Polri dan KPK"), with the last word they reach.</summary>
    private (List<ActorMention> Addressees, int Last) Coordinated(SentenceView s, ActorMention first)
    {
        var addressees = new List<ActorMention> { first };
        int last = first.LastWord;
        while (last + 2 < s.Count && grammar.Is("coordinator", s[last + 1]) && s.ActorAt(last + 2) is { } next)
        {
            addressees.Add(next);
            last = next.LastWord;
        }
        return (addressees, last);
    }

    /// <summary>"pemerintah tidak boleh membiarkan …": the subject of a prohibition before an active verb is the addressee.</summary>
    private IEnumerable<SentenceEvent> Prohibited(SentenceView s, ArgumentFinder args, int i, int length)
    {
        int verb = i + length;
        if (verb >= s.Count || !args.IsVerbLike(verb) || Passive(s[verb])) yield break;
        var subject = args.Subject(i);
        // "DPR yang merupakan lembaga perwakilan rakyat seharusnya tak perlu …": an actor inside a relative clause on the
        // subject is not the subject
        if (subject.Any(a => InRelativeClause(s, args, a))) yield break;
        foreach (var e in Appeals(s, args, i, verb - 1, subject)) yield return e;
    }

    /// <summary>"Kasus itu seharusnya diusut oleh KPK", "tidak boleh dibiarkan pemerintah": the agent of a passive right
    /// after a modal or prohibition is who must act — the addressee ("oleh X", or an actor right after the verb).</summary>
    private IEnumerable<SentenceEvent> PassiveAgent(SentenceView s, ArgumentFinder args, int i, int length)
    {
        int verb = i + length;
        while (verb < s.Count && grammar.Is("aux", s[verb])) verb++;
        if (verb >= s.Count || !args.IsVerbLike(verb) || !Passive(s[verb])) return [];
        var agent = args.InPhrase(verb + 1, grammar.WordsOf("agent-preposition"), stopAtVerb: true);
        if (agent.Count == 0) agent = args.BareAgent(verb + 1);
        return Appeals(s, args, i, i + length - 1, agent);
    }

    /// <summary>"pemerintah perlu menindak tegas pengedar", lanjut dia (class weak-deontic): what the subject needs to do,
    /// told by a speaker, is an appeal to it — only with an active verb of its own right after and a speaker (said of
    /// no one in particular, "perlu" is a need, not an appeal).</summary>
    private IEnumerable<SentenceEvent> Needed(SentenceView s, ArgumentFinder args, int i, int length)
    {
        int verb = i + length;
        while (verb < s.Count && grammar.Is("aux", s[verb])) verb++;
        if (verb >= s.Count || !args.IsVerbLike(verb) || Passive(s[verb]) || i > 0 && grammar.Is("negator", s[i - 1])) return [];
        if (args.GoverningSpeaker(i).Count == 0) return [];
        var subject = args.Subject(i);
        if (subject.Any(a => InRelativeClause(s, args, a))) return [];
        return Appeals(s, args, i, i + length - 1, subject);
    }

    /// <summary>"AS ingin Dewan Keamanan PBB menerapkan embargo", "Kami hanya ingin pemerintah dan kepolisian segera
    /// mengungkap …" (class wish): wanting another actor to act is an appeal to it; the wisher (the subject, else the speaker)
    /// appeals. The actor must follow the wish word (past determiners) and have a verb of its own.</summary>
    private IEnumerable<SentenceEvent> Wished(SentenceView s, ArgumentFinder args, int i, int length)
    {
        if (i > 0 && grammar.Is("negator", s[i - 1])) yield break; // "tidak ingin pemerintah …": no appeal
        int k = i + length;
        while (k < s.Count && (grammar.Is("determiner", s[k]) || grammar.Is("purpose", s[k])) && s.ActorAt(k) is null) k++;
        if (s.ActorAt(k) is not { } first) yield break;
        var (addressees, last) = Coordinated(s, first);
        if (!OwnVerbAfter(s, args, last + 1)) yield break;
        var wisher = args.Subject(i);
        var speaker = wisher.Count > 0 ? wisher : args.GoverningSpeaker(i);
        foreach (var a in addressees.DistinctBy(a => a.Code))
        {
            var src = speaker.FirstOrDefault(x => x.Code != a.Code);
            if (speaker.Count > 0 && src is null) continue;
            if (src is not null && a.Code.Length == 3 && src.Code.StartsWith(a.Code, StringComparison.Ordinal)) continue;
            yield return new SentenceEvent(Code, src, a, i, i + length - 1, false) { SpeakerOnly = src is null };
        }
    }

    private IEnumerable<SentenceEvent> Appeals(SentenceView s, ArgumentFinder args, int first, int last, List<ActorMention> addressees)
    {
        if (addressees.Count == 0) yield break;
        var speaker = args.GoverningSpeaker(first);
        foreach (var a in addressees.DistinctBy(a => a.Code))
        {
            var src = speaker.FirstOrDefault(x => x.Code != a.Code);
            if (speaker.Count > 0 && src is null) continue; // the speaker's own duty
            // ("Indonesia seharusnya …," kata Menlu: a country's own official speaks of its duty)
            if (src is not null && a.Code.Length == 3 && src.Code.StartsWith(a.Code, StringComparison.Ordinal)) continue;
            yield return new SentenceEvent(Code, src, a, first, last, false) { SpeakerOnly = src is null };
        }
    }

    /// <summary>An active verb (or another modal) of the addressee within a few words, in its clause.</summary>
    private bool OwnVerbAfter(SentenceView s, ArgumentFinder args, int from)
    {
        int end = Math.Min(args.ClauseEnd(from > 0 ? from - 1 : 0), from + VerbReach);
        for (int j = from; j < end; j++)
        {
            if (grammar.Is("deontic", s[j])) return true;
            if (args.IsVerbLike(j)) return !Passive(s[j]);
        }
        return false;
    }

    /// <summary>Indonesian passives are di- verbs ("dibiarkan", "ditangkap"): their subject is acted on, not appealed to.</summary>
    private static bool Passive(string word) => word.Length > 4 && word.StartsWith("di", StringComparison.Ordinal);

    private bool InRelativeClause(SentenceView s, ArgumentFinder args, ActorMention a)
    {
        for (int k = a.FirstWord - 1; k > 0 && k >= args.ClauseStart(a.FirstWord); k--)
            if (grammar.Is("relative", s[k]) && s.ActorAt(k - 1) is not null) return true;
        return false;
    }

    private static bool ClauseInitial(SentenceView s, ArgumentFinder args, int i) =>
        i == args.ClauseStart(i) || i > 0 && (s.IsPunctuation(i - 1));
}
