using Warta.Events.Coding;
using Warta.Events.Language;

namespace Warta.Events.Discourse;

/// <summary>
/// Accusations of a crime (112) told as suspicion (word classes in data/&lt;lang&gt;/events/suspicion.tsv;
/// eval/events/GUIDELINES.md §3, §6):
/// <list type="bullet">
/// <item>"Handang diduga menerima suap", "politikus yang diduga terlibat …": the suspect is the actor before the passive of
/// suspicion (class suspected) when an offence follows it (class suspected-act, or "sebagai pelaku …");
/// the accuser is the governing speaker, else the stage's institutional agent of the article (police, prosecutors, KPK);</item>
/// <item>"serangan itu diduga dilakukan oleh kelompok teror ISIS": the agent of the suspected act is accused (class agent-act);</item>
/// <item>"Polisi menduga pelakunya dari jaringan ISIS", "Retno menduga perusahaan itu melakukan …": the suspecting
/// subject accuses the actor its clause names as the doer (class suspecting).</item>
/// </list>
/// Victims ("diduga menjadi korban", "diduga tewas") are no suspects (class not-suspect).
/// </summary>
public sealed class SuspicionClauses(EventGrammar grammar, EventGrammar suspicion)
{
    public const string Code = "112";
    /// <summary>How far into its clause the suspected actor's offence (or the named doer) may be.</summary>
    private const int Reach = 8;
    /// <summary>The classes the scan in <see cref="Apply"/> asks at every word: a sentence none of whose words starts one is
    /// not scanned (<see cref="VerbCues.Cue.SuspicionScan"/>).</summary>
    internal static readonly string[] ScanClasses = ["status-naming", "suspected", "suspecting"];

    /// <summary>Adds the sentence's accusations to <paramref name="events"/> and drops what they say the accused did
    /// ("diduga menerima suap", "diduga dilakukan oleh ISIS", "menduga massa membakar …"): the content of an accusation is
    /// no event of its own (GUIDELINES §3), nor is an attack whose attacker is only suspected (§6).</summary>
    public void Apply(SentenceView s, ArgumentFinder args, List<SentenceEvent> events)
    {
        if (!args.SentenceHas(VerbCues.Cue.SuspicionScan)) return;
        List<SentenceEvent>? found = null;
        for (int i = 0; i + 1 < s.Count; i++)
        {
            if (suspicion.MatchAt("status-naming", s.Words, i) is int status and > 0)
            {
                (found ??= []).AddRange(StatusNaming(s, args, i, status));
                i += status - 1;
                continue;
            }
            bool suspected = suspicion.Is("suspected", s[i]);
            if (!suspected && !(suspicion.Is("suspecting", s[i]) && !(i > 0 && grammar.Is("negator", s[i - 1])))) continue;
            var accusations = (suspected ? Suspected(s, args, i, events) : Suspecting(s, args, i)).ToList();
            if (accusations.Count == 0) continue;
            // what is suspected runs to the end of its clause or the next punctuation
            int end = args.ClauseEnd(accusations[0].TriggerLast);
            for (int k = accusations[0].TriggerLast + 1; k < end; k++)
                if (s.IsPunctuation(k) && !(suspected && k == i + 1)) { end = k; break; }
            var accused = accusations.Select(a => a.Target!.Code).ToHashSet(StringComparer.Ordinal);
            events.RemoveAll(e => !e.Code.StartsWith("11", StringComparison.Ordinal)
                && (e.TriggerFirst >= i && e.TriggerFirst < end || e.Code[..2] is "18" or "19" or "20" && e.Source is { } src && accused.Contains(src.Code)));
            (found ??= []).AddRange(accusations);
        }
        if (found is not null) events.AddRange(found);
    }

    private IEnumerable<SentenceEvent> Suspected(SentenceView s, ArgumentFinder args, int i, List<SentenceEvent> events)
    {
        int j = i + 1;
        // "diduga kuat", "diduga telah menerima"
        while (j < s.Count && (grammar.Is("aux", s[j]) || s[j] is "kuat" or "keras")) j++;
        if (j >= s.Count) yield break;
        var speaker = args.GoverningSpeaker(i);
        if (suspicion.Is("agent-act", s[j]))
        {
            // only an act of violence the sentence names before it ("serangan bom … diduga dilakukan oleh ISIS"; not "isu
            // moral yang diduga dilakukan Anas")
            // (or the suspected verb itself read as the act: "serangan itu diduga dilakukan oleh …")
            if (!events.Any(e => (e.TriggerFirst < i || e.TriggerFirst == j) && e.Code[..2] is "17" or "18" or "19" or "20")) yield break;
            // "diduga dilakukan oleh kelompok teror ISIS", "diduga didalangi Gulen"
            // ("oleh kelompok teror ISIS": the group's descriptive nouns may come before its name)
            int k = j + 1 < s.Count && suspicion.Is("agent-preposition", s[j + 1]) ? j + 2 : j + 1;
            ActorMention? agent = null;
            for (int end = Math.Min(s.Count, k + 4); k < end && agent is null && !s.IsPunctuation(k); k++) agent = s.ActorAt(k);
            if (agent is not null)
                foreach (var e in Accusations(speaker, [agent], i, j)) yield return e;
            yield break;
        }
        if (!Offence(s, j)) yield break;
        var suspects = args.RelativeHead(i) is { } head ? [head] : args.Subject(i);
        // "X diciduk Polres Lombok Barat diduga terkait narkoba": the investigating agent of a verb before it is not the
        // suspect ("ditangkapnya politikus Golkar … yang diduga terkait narkoba": its patient is)
        if (suspects.Any(a => a.FirstWord > 0 && args.IsVerbLike(a.FirstWord - 1) && suspicion.Is("investigator-role", Role(a.Code)))) yield break;
        // ("Politisi asal Nusa Tenggara Timur itu diduga …": a place is where the suspect is from; a country is suspected
        // only by a speaker the sentence names, not by the article's police)
        if (suspects.Any(a => a.IsPlace) || speaker.Count == 0 && suspects.Any(a => a.Code.Length == 3)) yield break;
        foreach (var e in Accusations(speaker, suspects, i, i)) yield return e;
    }

    /// <summary>"Polisi menduga pelakunya dari jaringan ISIS", "Kami duga pelakunya adalah …": the doer named after a
    /// culprit word; "Retno menduga perusahaan Indonesia … melakukan praktik …": the actor whose offence the clause tells.</summary>
    private IEnumerable<SentenceEvent> Suspecting(SentenceView s, ArgumentFinder args, int i)
    {
        int end = Math.Min(args.ClauseEnd(i), i + Reach);
        int k = i + 1;
        while (k < s.Count && (s[k] == "," || grammar.Is("complementizer", s[k]))) { k++; end = Math.Min(Math.Max(end, args.ClauseEnd(k)), k + Reach); }
        ActorMention? suspect = null;
        if (k < s.Count && suspicion.MatchAt("culprit-role", s.Words, k) is int role and > 0)
        {
            for (int j = k + role; j < end && suspect is null; j++) suspect = s.ActorAt(j);
        }
        else if (s.ActorAt(k) is { } actor)
        {
            for (int j = actor.LastWord + 1; j < Math.Min(s.Count, actor.LastWord + 1 + Reach) && suspect is null; j++)
                if (Offence(s, j)) suspect = actor;
                else if (suspicion.MatchAt("not-suspect", s.Words, j) > 0) break;
        }
        if (suspect is null) yield break;
        var accusers = args.Subject(i);
        if (accusers.Count == 0)
        {
            // "Kami duga pelakunya …," kata X: the speaker of the quote (the stage finds it)
            yield return new SentenceEvent(Code, null, suspect, i, i, false) { SpeakerOnly = true };
            yield break;
        }
        foreach (var a in accusers.DistinctBy(a => a.Code))
            if (a.Code != suspect.Code) yield return new SentenceEvent(Code, a, suspect, i, i, false);
    }

    /// <summary>"saat Rizieq menjadi tersangka dan buronan Polda Metro Jaya", "X yang kini berstatus terdakwa": naming an
    /// actor's status as a suspect is the accusation (GUIDELINES §3: naming a suspect is 112); the investigator named right
    /// after the status makes it, else the stage's institutional agent of the article.</summary>
    private IEnumerable<SentenceEvent> StatusNaming(SentenceView s, ArgumentFinder args, int i, int length)
    {
        if (i > 0 && grammar.Is("negator", s[i - 1])) yield break;
        var suspects = args.RelativeHead(i) is { } head ? [head] : args.Subject(i);
        if (suspects.Count == 0 || suspects.Any(a => a.IsPlace || a.Code.Length == 3)) yield break;
        ActorMention? investigator = null;
        for (int k = i + length; k < s.Count && k < i + length + 5 && investigator is null && !s.IsPunctuation(k); k++)
            if (s.ActorAt(k) is { } a && suspicion.Is("investigator-role", Role(a.Code))) investigator = a;
        foreach (var a in suspects.DistinctBy(a => a.Code))
            if (a.Code != investigator?.Code) yield return new SentenceEvent(Code, investigator, a, i, i + length - 1, false);
    }

    private static string Role(string code) => code.Length > 3 ? code[3..].ToLowerInvariant() : "";

    /// <summary>The words at <paramref name="j"/> tell an offence: a suspected act, or "sebagai/merupakan pelaku …".</summary>
    private bool Offence(SentenceView s, int j)
    {
        if (suspicion.MatchAt("not-suspect", s.Words, j) > 0) return false;
        if (suspicion.Is("suspected-act", s[j])) return true;
        if (!suspicion.Is("culprit-link", s[j])) return false;
        for (int k = j + 1; k < s.Count && k <= j + 3; k++)
        {
            if (suspicion.MatchAt("not-suspect", s.Words, k) > 0) return false;
            if (suspicion.MatchAt("culprit-role", s.Words, k) > 0) return true;
        }
        return false;
    }

    /// <summary>One accusation per accused actor: by the governing speaker when there is one (not the accused itself),
    /// else with no source, for the stage to give the institution of the article that charges suspects.</summary>
    private static IEnumerable<SentenceEvent> Accusations(List<ActorMention> speaker, List<ActorMention> accused, int first, int last)
    {
        foreach (var a in accused.DistinctBy(a => a.Code))
        {
            var src = speaker.FirstOrDefault(x => x.Code != a.Code);
            if (speaker.Count > 0 && src is null) continue; // the accused speaking of itself
            yield return new SentenceEvent(Code, src, a, first, last, false);
        }
    }
}
