using Warta.Core;
using Warta.Events.Coding;

namespace Warta.Events.Discourse;

/// <summary>An actor of a coded event and the text it was read from (a mention in the sentence, a
/// quote's speaker, or the actor of an earlier mention of the same event).</summary>
public readonly record struct ActorRef(string Code, int Start, int End);

/// <summary>An event mention already coded in the article, with where its actors came from.</summary>
public sealed record CodedMention(EventRecord Record, ActorRef Source, ActorRef? Target)
{
    /// <summary>The pattern names no target ("yakin"): the stage gives it none from elsewhere.</summary>
    public bool Untargeted { get; init; }

    /// <summary>The act's object is a topic (<see cref="Coding.SentenceEvent.TopicObject"/>): no fallback target.</summary>
    public bool TopicObject { get; init; }

    /// <summary>A demonstrative event noun that took its actors from an earlier act (<see cref="SentenceEvent.Recalled"/>): a
    /// repeat of that act, never itself the earlier act a later mention is read from.</summary>
    public bool Recalled { get; init; }
}

/// <summary>
/// Fills actors a clause leaves implicit, from the article only:
/// <list type="bullet">
/// <item>a predicate without a subject inside a quotation ("… kami meminta pemerintah …", kata Zeid) takes
/// the quote's speaker;</item>
/// <item>an agentless passive or noun ("pelaku ditangkap", "membenarkan penangkapannya"), or anything
/// still without a source, takes the actors of the latest earlier mention of the same event: same root,
/// a target that agrees, and the same predicate (menangkap … ditangkap … penangkapan) or the sentence right
/// before — news repeats one event in several sentences, naming its agent once;</item>
/// <item>the victims of an act named by its noun ("Empat polisi tewas dalam serangan itu") take the source of
/// the latest earlier act of violence, whatever its target;</item>
/// <item>an agentless passive or event noun with a patient and no earlier mention ("Pria itu akhirnya
/// ditangkap", "penangkapan dua pelajar") is done by the latest security force the article named
/// (data/events/implicit-agents.tsv), or the first one named in the next sentences;</item>
/// <item>an event without a target takes the target of the latest earlier same-root event of the same
/// source ("Kuwait juga menghentikan …" after "Kuwait menghentikan penerbangan ke Pyongyang"); the stage
/// then shares targets among one source's events in a sentence.</item>
/// </list>
/// An event whose source cannot be found is dropped (the coder never guesses an agent).
/// </summary>
public sealed class ImplicitActors(Language.ITriggerMorphology morphology, IReadOnlyDictionary<string, AgentRoles>? agentRoles = null,
    Language.EventGrammar? grammar = null)
{
    private readonly IReadOnlyDictionary<string, AgentRoles> _agentRoles = agentRoles ?? new Dictionary<string, AgentRoles>();
    private readonly AttributionActs? _attribution = grammar is not null && grammar.WordsOf("attribution-openers").Count > 0 ? new(grammar) : null;

    /// <summary>How many sentences back an earlier mention may be to stand for the same event.</summary>
    public const int Reach = 8;

    /// <returns>The source and target, and whether they were taken from the earlier act a demonstrative noun recalls.</returns>
    public (ActorRef Source, ActorRef? Target, bool Recalled)? Resolve(Document doc, SentenceView s, SentenceEvent ev, IReadOnlyList<CodedMention> earlier)
    {
        ActorRef? target = ev.Target is { } t ? new ActorRef(t.Code, t.Start, t.End) : null;
        ActorRef? source = ev.Source is { } src ? new ActorRef(src.Code, src.Start, src.End) : null;
        var root = ev.Code[..2];
        int trigger = s.WordStart(ev.TriggerFirst);

        // ("Kami minta KPU dan Bawaslu tegas," kata Mendagri: a first-person speaker is named apart from the target, so two
        // actors of one role, IDNGOV>IDNGOV, are two sides as in the sentence coder; a bare country code on itself is nothing)
        bool speakerApart = false;
        if (source is null && (ev.SubjectMissing || ev.SpeakerOnly) && SpeakerOf(doc, trigger, ev.FirstPerson) is { } speaker
            && (speaker.Code != target?.Code || (speakerApart = ev.FirstPerson && speaker.Code.Length > 3 && target is { } other && other.Start != speaker.Start)))
            source = speaker;
        if (source is null && ev.SpeakerOnly) return null;
        if (source is null)
        {
            var lemma = LemmaOf(s[ev.TriggerFirst]);
            // victims: the same act by its word (serangan … menyerang) first, else the latest act of violence
            var antecedent = ev.Victims
                ? Latest(earlier, s.Index, m => SameViolence(m.Record.Root, root) && m.Source.Code != target?.Code && LemmaOf(m.Record.Trigger) == lemma)
                  ?? Latest(earlier, s.Index, m => SameViolence(m.Record.Root, root) && m.Source.Code != target?.Code)
                : Latest(earlier, s.Index, m => m.Record.Root == root
                && (target is null || m.Target is { } mt && mt.Code == target.Value.Code)
                && (m.Record.Sentence >= s.Index - 1 && !ev.Nominal || LemmaOf(m.Record.Trigger) == lemma));
            // "pembunuhan tersebut terjadi …" after "X membacok Y": an act named again with a demonstrative is the latest
            // earlier act of its kind (its root; for violence any of 18–20, as an irregular actor's attack is recoded) in an
            // earlier sentence — the latest one told with the same word first ("serangan tersebut" after "menyerang") —
            // when that one has both actors (an older one is never reached past it); it takes both, even one code on both
            // sides (that act named two mentions of one role)
            if (antecedent is null && ev.Recalled && target is null
                && (Latest(earlier, s.Index, m => SameViolence(m.Record.Root, root) && LemmaOf(m.Record.Trigger) == lemma)
                    ?? Latest(earlier, s.Index, m => SameViolence(m.Record.Root, root))) is { Target: not null } recalled
                && recalled.Record.Sentence < s.Index)
                return (recalled.Source, recalled.Target, true);
            if (antecedent is not null)
            {
                source = antecedent.Source;
                target ??= antecedent.Target;
            }
            // ("…," katanya saat berkunjung ke …: a subjectless act in the clause right after a quote's attribution is its speaker's,
            // unless the article told the same act before: "…," kata jaksa … saat membacakan tuntutan, after the charge was told)
            else if (ev.SubjectMissing && !ev.FirstPerson && _attribution?.SpeakerBefore(doc, trigger) is { } teller && teller.Code != target?.Code)
                source = teller;
            // "Pria itu akhirnya ditangkap": an agentless arrest is by the security force the article last named
            // (an investigation told by its noun alone, "Pemeriksaan masih berlangsung", given the case's force and target:
            // measured over the tuning sets in session 12, 5 right against 15 wrong, and the dev split fell; not done)
            // "Sigit didakwa …", "Jamaluddien dijatuhi vonis …": a passive step that only an institution takes (grammar class
            // institution-steps) is its act even when the one who undergoes it is a name the dictionary does not know
            // "Razia dilakukan di sepanjang jalan …", "Olah TKP sudah berakhir": an act only a security force or court takes
            // (grammar class institution-acts, its nouns) is the force's the article names even with no patient (session 19)
            else if (!ev.SubjectMissing && (target is not null || !ev.Nominal && grammar?.Is("institution-steps", s[ev.TriggerFirst]) == true
                    || grammar?.Is("institution-acts", s[ev.TriggerFirst].ToLowerInvariant()) == true)
                && InstitutionalAgent(doc, s, ev, target) is { } agent) source = agent;
            else return null;
        }
        else if (target is null && ev.AnaphorWord is null && !ev.NoTarget) target = SameSourceTarget(s, ev, root, source.Value.Code, earlier);
        // one code on both sides is kept only when the clause itself names two mentions of a role ("tersangka
        // membacok korban"); a target taken from elsewhere in the article must be another actor
        // (the coder pairs one code only for two different named mentions: EventCoder.TwoActorsOfOneRole)
        bool ownTarget = ev.Target is { } own && ev.Source is { } src2 && target is { } t2 && own.Start == t2.Start && src2.Start == source.Value.Start;
        if (target is { } tg && tg.Code == source.Value.Code && !ownTarget && !speakerApart) target = null;
        // "menangkap dua pria di perbatasan Indonesia": the source's own country named bare describes where or
        // whose, it is not acted on (2 of 941 gold events aim at their own country)
        if (target is { Code.Length: 3 } country && source.Value.Code.Length > 3 && source.Value.Code.StartsWith(country.Code, StringComparison.Ordinal)) target = null;
        return (source.Value, target, false);
    }

    /// <summary>"Kini, penyelidikan masih berlangsung", "Razia dilakukan di jalan raya": an investigation or a show of force
    /// that only a security force or court takes (grammar class institution-acts) told with no agent and no patient names no
    /// target either; the gold codes the force's act with none (7 of 9 such tuning-set events), so no target is taken from
    /// elsewhere in the sentence. Not an arrest or raid (17): it has a patient, the case's suspect ("Saat penangkapan, warga
    /// mengerubungi pelaku"), and its target carries to the force's later steps (on unseen articles, untargeted arrests
    /// took the suspect from 5 later events).</summary>
    public bool PatientlessInstitutionAct(SentenceView s, SentenceEvent ev) =>
        ev.Source is null && ev.Target is null && !ev.SubjectMissing && !ev.Code.StartsWith("17", StringComparison.Ordinal)
        && grammar?.Is("institution-acts", s[ev.TriggerFirst].ToLowerInvariant()) == true;

    /// <summary>The target of the same source's act of this kind in this or the previous sentence, or told with the same word:
    /// further back, another act of the root is another matter ("akan melangsungkan dialog dengan Rusia" … two sentences on,
    /// "akan menyepakati rencana induk baru" agrees with no one); for a step of a legal case, any earlier step's.</summary>
    private ActorRef? SameSourceTarget(SentenceView s, SentenceEvent ev, string root, string code, IReadOnlyList<CodedMention> earlier)
    {
        var lemma = LemmaOf(s[ev.TriggerFirst]);
        var antecedent = Latest(earlier, s.Index, m => (m.Record.Root == root || LegalProcess(root) && LegalProcess(m.Record.Root)) && m.Source.Code == code && m.Target is not null
            && (m.Record.Sentence >= s.Index - 1 || LemmaOf(m.Record.Trigger) == lemma || LegalProcess(root)));
        return antecedent?.Target;
    }

    /// <summary>The latest actor before the trigger (within <see cref="Reach"/> sentences) whose
    /// role acts this code or root (data/events/implicit-agents.tsv: 17 → COP, JUD, MIL, SPY, in that order of
    /// preference), else the first one in the next <see cref="AheadReach"/> sentences, else, for a step only a state's
    /// institution takes (a verdict), that institution of the patient's country (<see cref="CountryInstitution"/>).
    /// Used for an agentless passive or event noun with a patient ("X ditangkap", "penangkapan X"), never for a
    /// missing subject.</summary>
    private ActorRef? InstitutionalAgent(Document doc, SentenceView s, SentenceEvent ev, ActorRef? target)
    {
        if (AgentsOf(ev.Code) is not { } line) return null;
        int offset = s.WordStart(ev.TriggerFirst);
        int sentence = doc.SentenceAt(offset);
        int limit = sentence - Reach >= 0 ? doc.Sentences[sentence - Reach].Start : 0;
        // roles in the file's order of preference: the police arrest, a court or the army only when the
        // article names no police; the patient is never its own agent ("Putusan MK akan dibacakan": MK's ruling is read)
        foreach (var role in line.Roles)
            for (int i = doc.Entities.Count - 1; i >= 0; i--)
            {
                var e = doc.Entities[i];
                if (e.End > offset || e.Actor is not { Length: 6 } actor || e.Start == target?.Start) continue;
                if (e.Start < limit) break;
                if (actor.AsSpan(3).SequenceEqual(role)) return new ActorRef(actor, e.Start, e.End);
            }
        // "Seorang tersangka ditahan …" in a lead, "Polisi juga …" after it: news often tells the act before
        // naming who did it, so with none named before, the first one named in the next sentences does it
        int ahead = sentence + AheadReach < doc.Sentences.Count ? doc.Sentences[sentence + AheadReach].End : doc.Text.Length;
        foreach (var role in line.Roles)
            foreach (var e in doc.Entities)
            {
                if (e.Start < offset || e.Actor is not { Length: 6 } actor || e.Start == target?.Start) continue;
                if (e.Start >= ahead) break;
                if (actor.AsSpan(3).SequenceEqual(role)) return new ActorRef(actor, e.Start, e.End);
            }
        return line.CountryRole is { } own && target is { } patient ? CountryInstitution(s, ev, patient, own) : null;
    }

    /// <summary>The most specific line of data/events/implicit-agents.tsv for a code: a full code ("112", a legal accusation)
    /// before its root ("11", any disapproval).</summary>
    private AgentRoles? AgentsOf(string code)
    {
        AgentRoles? line = null;
        for (int len = code.Length; len >= 2 && line is null; len--) _agentRoles.TryGetValue(code[..len], out line);
        return line;
    }

    /// <summary>"Sigit divonis 4 tahun penjara" in an article that names no court: a verdict is only ever a court's, and
    /// the court that tries a person is, unless the sentence says otherwise, of the person's own country, so the act is
    /// given that institution, spanning the trigger (the text names no one). Not when the patient is of no country (an
    /// IGO, a non-state group) nor when the sentence names another country ("WNI divonis mati di Malaysia": a foreign
    /// court).</summary>
    private static ActorRef? CountryInstitution(SentenceView s, SentenceEvent ev, ActorRef target, string role)
    {
        if (!CountryCodes.IsCountry(target.Code)) return null;
        var country = target.Code[..3];
        // a court's own ruling read out ("Putusan MK akan dibacakan") is not a verdict on the court
        if (target.Code == country + role || CountryCodes.OtherCountryNamed(s, country)) return null;
        return new ActorRef(country + role, s.WordStart(ev.TriggerFirst), s.WordEnd(ev.TriggerLast));
    }

    /// <summary>Investigating (09), charging (11) and arresting or seizing (17) are steps of one case: a police or court
    /// act without a target is aimed at the suspect its earlier steps named ("Kami masih mendalami motif …").</summary>
    private static bool LegalProcess(string root) => root is "09" or "11" or "17";

    /// <summary>How many sentences after an agentless passive its institutional agent may be named.</summary>
    public const int AheadReach = 2;

    /// <summary>Attacks, fighting and mass violence are told with each other's words ("serangan",
    /// "pertempuran", "pembantaian" for one act); other roots must be equal.</summary>
    private static bool SameViolence(string a, string b) => a == b || a is "18" or "19" or "20" && b is "18" or "19" or "20";

    private string LemmaOf(string trigger) => morphology.MergeLemma(trigger.Split(' ')[0]);

    private static CodedMention? Latest(IReadOnlyList<CodedMention> earlier, int sentence, Func<CodedMention, bool> fits)
    {
        for (int i = earlier.Count - 1; i >= 0; i--)
        {
            var m = earlier[i];
            if (m.Record.Sentence < sentence - Reach) break;
            if (!m.Recalled && fits(m)) return m;
        }
        return null;
    }

    /// <summary>The coded speaker of the direct quotation holding <paramref name="offset"/>, if any. Only direct
    /// speech drops the speaker's own "kami"/"saya"; in reported speech a subjectless verb belongs to the
    /// reported clause ("… pengungsi menyerbu penjara untuk menuntut …", kata Boji). A first-person subject is the speaker's
    /// in any quote: reported speech in the first person is direct speech printed without quotation marks. A quote whose
    /// opening mark is missing (<see cref="Quote.Unmarked"/>) is read like reported speech: its extent is a guess, and on
    /// unseen articles its subjectless acts given the speaker were mostly not the speaker's ("pandemi mengancam …").</summary>
    private static ActorRef? SpeakerOf(Document doc, int offset, bool firstPerson = false)
    {
        foreach (var q in doc.Quotes)
            if ((q.Direct && !q.Unmarked || firstPerson) && q.Start <= offset && offset < q.End && q.SpeakerActor is { } code && q.SpeakerStart is int a && q.SpeakerEnd is int b)
                return new ActorRef(code, a, b);
        return null;
    }
}

/// <summary>A line of data/events/implicit-agents.tsv: the roles whose latest named actor does an agentless act of a
/// code, in order of preference, and the role of the patient's own country that does it when the article names none
/// (null: no such default, the act is dropped).</summary>
public sealed record AgentRoles(string[] Roles, string? CountryRole);
