using Warta.Events.Coding;
using Warta.Events.Language;

namespace Warta.Events.Discourse;

/// <summary>
/// Appeals (020) whose addressee is named by a clause of purpose after a verb of reminding, urging or hoping (word class
/// appeal-verb in data/&lt;lang&gt;/events/appeals.tsv): "SBY menyeru pimpinan partainya agar merapat ke koalisi",
/// "Hasanuddin mengingatkan, agar seluruh kader PDI-P mendukung …", "Evi berharap untuk ke depannya agar partai politik
/// dapat berbenah diri". The pattern dictionary cannot hold these: its required object ("agar") must follow the verb in
/// the verb's clause, and the purpose word opens a clause of its own (grammar class boundary), so any word between the
/// verb and "agar" — the object, a comma, an adverbial — leaves the verb without an event.
/// <list type="bullet">
/// <item>the addressee is the verb's object, an actor between the verb and the purpose word ("menyeru pimpinan partainya
/// agar …", also in a "kepada" phrase), else the subject of the purpose clause, an actor within three words after the
/// purpose word (past determiners, auxiliaries, a head noun: "agar seluruh kader PDI-P") with an active verb of its own ("agar partai politik dapat berbenah"; "agar
/// beberapa menteri digeser" names who is acted on, not who is asked);</item>
/// <item>without a purpose word, a verb of hope (class hope-verb) whose clause names its subject after a title ("berharap
/// Menteri Hukum dan HAM Yasonna Laoly bisa mengabulkan …") appeals to that actor too;</item>
/// <item>the source is the verb's subject, else the speaker of the sentence (none: the quote's speaker, looked up by the
/// stage);</item>
/// <item>no appeal when the verb is negated or itself inside a clause of purpose, when a pattern already coded an appeal at the verb, when the purpose word is
/// more than a few words away or another verb comes first ("berharap bisa menang agar …": the purpose of one's own act),
/// and never to the source itself or, from an official, to its own country.</item>
/// </list>
/// </summary>
public sealed class PurposeAppeals(EventGrammar grammar, EventGrammar appeals)
{
    public const string Code = "020";
    /// <summary>How many words may stand between the verb and the purpose word ("mengingatkan seluruh kader partai agar").</summary>
    private const int PurposeReach = 7;
    /// <summary>How many words (determiners, auxiliaries, a head noun) may come between the purpose word and the actor of its
    /// subject ("agar seluruh kader PDI-P …").</summary>
    private const int SubjectReach = 3;
    /// <summary>How far after the purpose clause's subject its verb may be ("agar partai politik juga dapat berbenah").</summary>
    private const int VerbReach = 5;
    /// <summary>How many title words may come between a verb of hope and the actor it names ("Menteri Hukum dan HAM").</summary>
    private const int TitleReach = 5;
    /// <summary>How many words the hoped clause's subject and auxiliaries may take before its verb ("penanganan kasus
    /// penyerangan itu bisa segera dituntaskan").</summary>
    private const int HopedClauseReach = 9;
    /// <summary>The class the scan in <see cref="Find"/> asks at every word: a sentence with none is not scanned
    /// (<see cref="VerbCues.Cue.PurposeScan"/>).</summary>
    internal static readonly string[] ScanClasses = ["appeal-verb"];

    public IEnumerable<SentenceEvent> Find(SentenceView s, ArgumentFinder args, IReadOnlyList<SentenceEvent> coded)
    {
        if (!args.SentenceHas(VerbCues.Cue.PurposeScan)) return [];
        List<SentenceEvent>? found = null;
        for (int i = 0; i < s.Count; i++)
        {
            if (!appeals.Is("appeal-verb", s[i])) continue;
            if (i > 0 && grammar.Is("negator", s[i - 1])) continue;
            var appealed = coded.Where(e => e.TriggerFirst <= i && e.TriggerLast >= i && e.Code.StartsWith("02", StringComparison.Ordinal)).ToList();
            if (appealed.Count > 0)
            {
                // "meminta agar Polri dan KPK segera menuntaskan …": the pattern coded the appeal to the first addressee
                foreach (var e in CoordinatedAddressees(s, args, i, appealed)) (found ??= []).Add(e);
                continue;
            }
            if (InsidePurpose(s, i)) continue;
            List<ActorMention> addressees;
            if (Purpose(s, args, i) is int p)
            {
                addressees = Objects(s, args, i, p);
                if (addressees.Count == 0) addressees = PurposeSubject(s, args, p);
            }
            // "Nazaruddin berharap Menteri Hukum dan HAM Yasonna Laoly bisa mengabulkan …": the hoped-for act's subject named
            // after its title (the dictionary's "@actor" wants the actor right after the verb)
            else if (appeals.Is("hope-verb", s[i]))
            {
                addressees = TitledSubject(s, args, i + 1);
                // "menginginkan bahwa masyarakat tidak merubah …": the subject of a that-clause
                if (addressees.Count == 0) addressees = ThatClauseSubject(s, args, i + 1);
                // "berharap penanganan kasus itu segera dituntaskan Polda Metro Jaya": the agent of the hoped-for passive
                if (addressees.Count == 0) addressees = HopedPassiveAgent(s, args, i + 1);
            }
            else continue;
            if (addressees.Count == 0) continue;
            var subject = args.Subject(i);
            var speaker = subject.Count > 0 ? subject : args.GoverningSpeaker(i);
            foreach (var a in addressees.DistinctBy(a => a.Code))
            {
                var src = speaker.FirstOrDefault(x => x.Code != a.Code);
                if (speaker.Count > 0 && src is null) continue; // the hope or reminder is the actor's own
                // ("Indonesia harus …," Menlu mengingatkan agar Indonesia …: an official about its own country)
                if (src is not null && a.Code.Length == 3 && src.Code.StartsWith(a.Code, StringComparison.Ordinal)) continue;
                (found ??= []).Add(new SentenceEvent(Code, src, a, i, i, false) { SpeakerOnly = src is null });
            }
        }
        return found ?? (IEnumerable<SentenceEvent>)[];
    }

    /// <summary>"meminta agar Polri dan KPK segera menuntaskan kasus itu", "mengharapkan agar ASEAN dan AS …": when a pattern
    /// coded the appeal at the verb to one of the actors coordinated as the addressee of its clause of purpose (its object
    /// before the purpose word, else the clause's subject), the others are appealed to alike — the same code, source and
    /// trigger, one event each.</summary>
    private IEnumerable<SentenceEvent> CoordinatedAddressees(SentenceView s, ArgumentFinder args, int verb, List<SentenceEvent> appealed)
    {
        if (Purpose(s, args, verb) is not int p) yield break;
        var addressees = Objects(s, args, verb, p);
        if (addressees.Count == 0) addressees = PurposeSubject(s, args, p);
        if (addressees.Count < 2) yield break;
        var first = appealed.FirstOrDefault(e => e.Target is { } t && addressees.Any(a => a.Code == t.Code));
        if (first is null) yield break;
        foreach (var a in addressees.DistinctBy(a => a.Code))
        {
            if (appealed.Any(e => e.Target?.Code == a.Code) || first.Source?.Code == a.Code) continue;
            // (an official about its own country: as in Find)
            if (first.Source is { } src && a.Code.Length == 3 && src.Code.StartsWith(a.Code, StringComparison.Ordinal)) continue;
            yield return first with { Target = a };
        }
    }

    /// <summary>"menekankan agar pelaku usaha … mengikuti aturan dan juga mengimbau agar …": a verb after a purpose word with no
    /// punctuation between is part of what that clause wishes for (the coder reads it as such), not an appeal of its own
    /// whose subject could be found.</summary>
    private bool InsidePurpose(SentenceView s, int verb)
    {
        for (int k = verb - 1; k >= 0 && !s.IsPunctuation(k); k--)
            if (grammar.Is("purpose", s[k])) return true;
        return false;
    }

    /// <summary>The purpose word ("agar", "supaya") within reach after the verb, before any other verb or punctuation
    /// other than a comma right after the verb ("mengingatkan, agar …").</summary>
    private int? Purpose(SentenceView s, ArgumentFinder args, int verb)
    {
        for (int j = verb + 1; j < s.Count && j <= verb + PurposeReach; j++)
        {
            if (grammar.Is("purpose", s[j])) return j;
            if (s.IsPunctuation(j) && !(j == verb + 1 && s[j] == ",")) return null;
            if (s.ActorAt(j) is null && args.IsVerbLike(j)) return null;
        }
        return null;
    }

    /// <summary>The actors between the verb and the purpose word, outside prepositional phrases other than the addressee's
    /// ("mengingatkan kepada seluruh kader agar …").</summary>
    private List<ActorMention> Objects(SentenceView s, ArgumentFinder args, int verb, int purpose)
    {
        var found = new List<ActorMention>();
        for (int j = verb + 1; j < purpose; j++)
            if (s.ActorAt(j) is { } a && (!args.InPrepositionalPhrase(j) || AddressedAt(s, a.FirstWord)))
            {
                found.Add(a);
                j = a.LastWord;
            }
        return found;
    }

    /// <summary>"kepada seluruh kader", "pada pemerintah": an actor in a phrase of the grammar's target prepositions, past
    /// determiners.</summary>
    private bool AddressedAt(SentenceView s, int first)
    {
        int k = first - 1;
        while (k >= 0 && grammar.Is("determiner", s[k])) k--;
        return k >= 0 && grammar.Is("target-preposition", s[k]);
    }

    /// <summary>"agar seluruh kader PDI-P mendukung …": the subject of the purpose clause and the actors coordinated with
    /// it, when an active verb of its own follows.</summary>
    private List<ActorMention> PurposeSubject(SentenceView s, ArgumentFinder args, int purpose)
    {
        // (past determiners, auxiliaries and a head noun the actor owns: "agar seluruh kader PDI-P …")
        int k = purpose + 1;
        for (int n = 0; n < SubjectReach && k < s.Count && s.ActorAt(k) is null && !s.IsPunctuation(k)
                        && !args.IsVerbLike(k) && !args.IsPreposition(s[k]) && !grammar.Is("negator", s[k]); n++) k++;
        return k < s.Count ? CoordinatedSubjectAt(s, args, k) : [];
    }

    /// <summary>The actor at word <paramref name="k"/> and the actors coordinated with it ("Polri dan KPK"), when an active
    /// verb of their own follows; else none.</summary>
    private List<ActorMention> CoordinatedSubjectAt(SentenceView s, ArgumentFinder args, int k)
    {
        if (s.ActorAt(k) is not { } first) return [];
        var found = new List<ActorMention> { first };
        int last = first.LastWord;
        while (last + 2 < s.Count && grammar.Is("coordinator", s[last + 1]) && s.ActorAt(last + 2) is { } next)
        {
            found.Add(next);
            last = next.LastWord;
        }
        return OwnVerbAfter(s, args, last) ? found : [];
    }

    /// <summary>An actor after a title of capitalised words (joined by a coordinator: "Menteri Hukum dan HAM"), at most
    /// <see cref="TitleReach"/> of them, with an active verb of its own after it: the subject of the hoped-for act. A
    /// lowercase word before the actor ("pembukaan kantor cabang OJK dapat membantu") makes the actor part of a thing
    /// hoped for, not its doer.</summary>
    private List<ActorMention> TitledSubject(SentenceView s, ArgumentFinder args, int k)
    {
        int start = k;
        while (k < s.Count && k - start < TitleReach && s.ActorAt(k) is null && !s.IsPunctuation(k)
               && (s.IsCapitalized(k) || grammar.Is("coordinator", s[k]) && k > start && s.IsCapitalized(k - 1))) k++;
        if (k == start || k >= s.Count || s.ActorAt(k) is not { } actor) return [];
        return OwnVerbAfter(s, args, actor.LastWord) ? [actor] : [];
    }

    /// <summary>"Megawati menginginkan bahwa masyarakat tidak merubah …", "berharap bahwa pemerintah segera …": the actor
    /// opening a that-clause after a verb of hope (past determiners), with the actors coordinated with it, when an active
    /// verb of its own follows. (Right after the verb, the pattern's "@actor" reads it.)</summary>
    private List<ActorMention> ThatClauseSubject(SentenceView s, ArgumentFinder args, int k)
    {
        if (k >= s.Count || !grammar.Is("complementizer", s[k])) return [];
        k++;
        while (k < s.Count && grammar.Is("determiner", s[k]) && s.ActorAt(k) is null) k++;
        return k < s.Count ? CoordinatedSubjectAt(s, args, k) : [];
    }

    /// <summary>"Febri berharap penanganan kasus itu bisa segera dituntaskan Polda Metro Jaya", "berharap kasus itu diusut oleh
    /// KPK": a hoped-for act told in the passive names who should do it as its agent ("oleh X", or an actor right after the
    /// verb): an appeal to that agent. The hoped clause starts right after the verb of hope (past a comma or "bahwa") and
    /// must have a subject of its own before its verb ("berharap dipanggil Presiden" is the subject's own hope, no appeal);
    /// its first verb past auxiliaries and negators decides: an active verb has its subject as the addressee, which the
    /// other shapes read, and a relative word or a clause of purpose before it makes the passive another phrase's
    /// ("proses pemeriksaan yang dilakukan pansus bisa berjalan lancar" asks nothing of the committee).</summary>
    private List<ActorMention> HopedPassiveAgent(SentenceView s, ArgumentFinder args, int k)
    {
        if (k < s.Count && (s[k] == "," || grammar.Is("complementizer", s[k]))) k++;
        bool subject = false;
        for (int j = k; j < s.Count && j < k + HopedClauseReach; j++)
        {
            if (s.ActorAt(j) is { } a) { j = a.LastWord; subject = true; continue; }
            if (s.IsPunctuation(j) || grammar.Is("relative", s[j]) || grammar.Is("purpose", s[j])) return [];
            bool auxiliary = grammar.Is("aux", s[j]) || grammar.Is("negator", s[j]) || grammar.Is("deontic", s[j]);
            if (auxiliary || !args.IsVerbLike(j)) { subject |= !auxiliary; continue; }
            if (!subject || !Passive(s[j])) return [];
            var agent = args.InPhrase(j + 1, grammar.WordsOf("agent-preposition"), stopAtVerb: true);
            return agent.Count > 0 ? agent : args.BareAgent(j + 1);
        }
        return [];
    }

    /// <summary>An active verb (or a modal) within a few words after <paramref name="last"/>, before punctuation.</summary>
    private bool OwnVerbAfter(SentenceView s, ArgumentFinder args, int last)
    {
        for (int j = last + 1; j < s.Count && j <= last + VerbReach && !s.IsPunctuation(j); j++)
        {
            if (grammar.Is("deontic", s[j])) return true;
            if (s.ActorAt(j) is null && args.IsVerbLike(j)) return !Passive(s[j]);
        }
        return false;
    }

    /// <summary>Indonesian passives are di- verbs ("digeser"): their subject is acted on, not appealed to.</summary>
    internal static bool Passive(string word) => word.Length > 4 && word.StartsWith("di", StringComparison.Ordinal);
}
