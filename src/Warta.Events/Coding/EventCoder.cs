using Warta.Events.Language;
using Warta.Events.Ontology;
using Warta.Events.Patterns;

namespace Warta.Events.Coding;

/// <summary>
/// Codes the events of one sentence: finds pattern triggers, picks each trigger's sense by its object,
/// fills source and target from the clause (<see cref="ArgumentFinder"/>), and applies negation, denial,
/// intent and hypotheticals from the language's closed word classes. Reporting verbs give a bare
/// statement event only when nothing more specific is found in the sentence.
/// </summary>
public sealed partial class EventCoder(EventLanguage language, CameoOntology ontology)
{
    /// <summary>The object form a pattern uses to require an actor right after the trigger.</summary>
    private const string ActorObject = "@actor";
    /// <summary>CAMEO "threaten" (root 13): a conditional plan of pressure, whatever its kind.</summary>
    private const string ConditionalThreatCode = "130";
    private readonly EventGrammar _g = language.Grammar;
    private readonly Modality _modal = new(language.Grammar);
    private readonly SentenceRules _rules = new(language.Grammar);
    private readonly VisitDestinations _visits = new(language.Grammar);
    private readonly NounPhrases _nouns = new(language);
    private readonly Discourse.DeonticAppeals? _appeals = language.Appeals is { } a ? new(language.Grammar, a) : null;
    private readonly Discourse.StatedJudgements? _judgements = language.Judgements is { } j ? new(language.Grammar, j, language.Morphology) : null;
    private readonly Discourse.SuspicionClauses? _suspicion = language.Suspicion is { } su ? new(language.Grammar, su) : null;
    private readonly Learned.LearnedTriggers? _learned = language.TriggerModel is { } tm
        ? new(tm, new Learned.TriggerCandidates(language.Patterns, language.Grammar, language.Morphology)) : null;
    // by reference: a record's value hash would walk its lists on every lookup
    private readonly Dictionary<EventPattern, int> _order = language.Patterns.Patterns
        .Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, (IEqualityComparer<EventPattern>)ReferenceEqualityComparer.Instance);

    public EventLanguage Language => language;

    private readonly bool _readPluralsAsBase = language.Grammar.Setting("reduplicated-plurals", "keep") == "base";
    private readonly Func<string, bool> _keepReduplicated = KeepReduplicated(language);

    /// <summary>The reduplicated words read as written: the grammar's lexicalised copies and every reduplicated word the
    /// patterns write in a trigger or object ("mewanti-wanti", "mata-mata", "puing-puing"), which they match whole.</summary>
    private static Func<string, bool> KeepReduplicated(EventLanguage language)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in language.Patterns.Patterns)
            foreach (var w in p.Trigger.Concat(p.Objects.SelectMany(o => o)).Concat(p.ExcludedObjects.SelectMany(o => o)))
                if (w.Contains('-') && Warta.Core.Reduplication.BaseOf(w) is not null) written.Add(w);
        return w => written.Contains(w) || language.Grammar.Is("lexical-reduplication", w) || language.Patterns.IsTriggerWord(w);
    }

    /// <param name="why">Receives why trigger words gave no event (diagnostics only; null in normal runs).</param>
    public List<SentenceEvent> Code(SentenceView s, Explanation? why = null)
    {
        // Indonesian plurals "serangan-serangan", "kelompok-kelompok pemberontak" are read as their singular (grammar
        // setting reduplicated-plurals = base); lexicalised copies (class lexical-reduplication) and a pattern's own
        // reduplicated trigger ("mewanti-wanti", bare "wanti-wanti") stay whole
        if (_readPluralsAsBase) s.ReadReduplicationsAsBase(_keepReduplicated);
        var args = new ArgumentFinder(s, language);
        var events = new List<SentenceEvent>();
        var says = new List<SentenceEvent>();
        var verbs = new List<(SentenceEvent Event, int ClauseEnd)>();
        var nounTriggers = new HashSet<int>();
        var objects = new List<(int Start, int Length, int Trigger)>();
        foreach (var m in Triggers(s, args, objects, why))
        {
            if (m.Pattern.Kind == TriggerKind.Noun) nounTriggers.Add(m.Start);
            var found = Arguments(s, args, m, why);
            if (found is null) continue;
            // "Germany pledged 50 million euros in humanitarian aid", "apologized for the wartime abuses": a
            // noun in the clause of its own source's verb is what that event is about, not another event
            if (m.Pattern.Kind != TriggerKind.Say && InNounPhrase(s, args, m.Start)
                && found.RemoveAll(e => e.Source is { } src && verbs.Any(v => v.Event.Source?.Code == src.Code && m.Start < v.ClauseEnd)) > 0)
                why?.Add(s, m.Start, "noun in the clause of its source's verb");
            if (m.Pattern.Kind != TriggerKind.Say)
                verbs.AddRange(found.Select(e => (e, args.ClauseEnd(m.Start))));
            (m.Pattern.Kind == TriggerKind.Say ? says : events).AddRange(found);
        }
        // "Sanctions on Venezuela's oil company were eased by …": an event noun that is the required object of another
        // trigger's pattern (before a passive verb) is what that event acts on, not an event of its own
        // (when that trigger's event has its source: "Ancaman Korut ini dilontarkan" with no agent keeps the threat)
        // (a request or demand with its own author stays: "dismissed calls from the European Parliament")
        // ("condemned the arrest of a journalist by the police": an act noun with its own by-agent is that agent's act too)
        var before = why is null ? null : events.ToList();
        events.RemoveAll(e => nounTriggers.Contains(e.TriggerFirst) && !((_g.Is("authored-noun", s[e.TriggerFirst]) || AgentOfNoun(s, args, e.TriggerFirst)) && e.Source is not null) && objects.Any(o => e.TriggerFirst >= o.Start && e.TriggerFirst < o.Start + o.Length
            && events.Any(v => v.TriggerFirst == o.Trigger && v.Source is not null)));
        if (_g.Setting("adjunct-events", "code") == "background") DropBackgroundAdjuncts(s, args, events, nounTriggers);
        DropAllegedActs(s, args, events);
        DropResultParticiples(s, events);
        DropPlannedContent(s, args, events);
        RecodeRiots(events);
        if (before is not null)
            foreach (var e in before.Except(events, ReferenceEqualityComparer.Instance).Cast<SentenceEvent>())
                why!.Add(s, e.TriggerFirst, "sentence filter (object of another trigger, background adjunct, alleged act, result, planned content)");
        events.AddRange(_rules.DeonticAppeals(s, args));
        if (_appeals is not null) events.AddRange(_appeals.Find(s, args, events));
        if (_judgements is not null)
        {
            var judged = _judgements.Find(s, args, events);
            // ("langkah KPK itu patut diapresiasi": the passive inside the cue has no agent of its own; the speaker's judgement reads it)
            if (judged.Count > 0) events.RemoveAll(e => e.Source is null && judged.Any(j => j.Covers(e)));
            events.AddRange(judged);
        }
        // (a promise's target is what it is about, not an addressee of what follows)
        _rules.AimAtAddressees(events, says.Exists(x => _g.Is("say-object-roots", x.Code[..2])) ? says.FindAll(x => !_g.Is("say-object-roots", x.Code[..2])) : says);
        _rules.ShareProtestTargets(events);
        // (after the protest rule: a suspected act right after "mogok" is not the strikers' own accusation)
        _suspicion?.Apply(s, args, events);
        // ("told striking lecturers": the adjective is the strike, not an attack read from the verb "strike")
        var strikes = _rules.StrikingActors(s, events).ToList();
        events.RemoveAll(e => strikes.Any(x => x.TriggerFirst == e.TriggerFirst));
        events.AddRange(strikes);
        events.AddRange(ClaimedActs(s, says, events));
        bool sayAllowed = !events.Any(e => e.Source is not null);
        // (a statement whose pattern takes no target — a denial read from its negated content, "menegaskan bahwa isu itu
        // bukan berasal dari kader" — stands without one)
        if (sayAllowed) events.AddRange(says.Where(e => e.Target is not null || e.NoTarget));
        if (why is not null)
            foreach (var e in says.Where(e => !sayAllowed || e.Target is null && !e.NoTarget))
                why.Add(s, e.TriggerFirst, sayAllowed ? "statement with no target" : "statement beside another event");
        return events;
    }

    private List<SentenceEvent>? Arguments(SentenceView s, ArgumentFinder args, TriggerMatch m, Explanation? why)
    {
        var found = ArgumentsOf(s, args, m, why);
        // a visit's destination: a building stands for its institution, a town at home hosts nothing
        if (found is not null) _visits.Apply(s, m.Start + m.Length, found, why);
        // a passive or an agentless noun names no agent by design; elsewhere a missing subject is marked
        // so the stage can try the quote's speaker before an earlier mention of the same event
        if (found is not null && m.Pattern.RequiresTarget)
        {
            found.RemoveAll(e => e.Target is null);
            if (found.Count == 0) return Rejected(why, s, m, "pattern requires a target, none found");
        }
        if (found is not null && m.Pattern.NoTarget)
            for (int i = 0; i < found.Count; i++) found[i] = found[i] with { NoTarget = true };
        // "membantah pihaknya mengalah kepada PPP": a code of grammar class no-fallback-codes (a denial) takes a target only from
        // its own sentence's grammar ("menolak tuduhan LSM itu"); the discourse stages (fallback, addressees) add none
        else if (found is not null && _g.Is("no-fallback-codes", m.Pattern.Code))
            for (int i = 0; i < found.Count; i++) if (found[i].Target is null) found[i] = found[i] with { NoTarget = true };
        if (found is not null && m.Pattern.TopicObject)
            for (int i = 0; i < found.Count; i++) found[i] = found[i] with { TopicObject = true };
        // "Kami sudah koordinasi dengan Polri", "Saya minta BPH Migas …": a first-person pronoun (grammar class first-person)
        // right before the predicate, past auxiliaries, is the speaker of the quote holding it, even a noun used as the verb
        // or a quote without quotation marks
        bool firstPerson = m.Voice != Voice.Passive && _nouns.WordBefore(s, m.Start) is int b && b >= 0 && _g.Is("first-person", s[b]);
        if (found is not null)
            for (int i = 0; i < found.Count; i++)
                if (found[i].Source is null)
                    found[i] = found[i] with
                    {
                        SubjectMissing = m.Voice != Voice.Passive && m.Pattern.Kind != TriggerKind.Noun || firstPerson,
                        FirstPerson = firstPerson,
                        Nominal = m.Pattern.Kind == TriggerKind.Noun,
                    };
        return found;
    }

    private List<SentenceEvent>? ArgumentsOf(SentenceView s, ArgumentFinder args, TriggerMatch m, Explanation? why)
    {
        var p = m.Pattern;
        int t = m.Start, after = m.Start + m.Length;
        // "seharusnya menjalani pemeriksaan", "tidak melakukan pertemuan": an event noun after a light verb takes the
        // modals of that verb
        int v = m.Pattern.Kind == TriggerKind.Noun ? _nouns.LightVerbBefore(s, t) ?? t : t;
        // "harus bekerja sama": what an actor must do is the content of an appeal, not an event; "beat Portugal 1-0" is a match
        // ("weighing a request from Washington", "rejected the ECOWAS demand": a request with its author was made; only
        // the answer to it is considered or rejected)
        bool authored = p.Kind == TriggerKind.Noun && _g.Is("authored-noun", s[t])
            && (t > 0 && s.ActorAt(t - 1) is not null || args.InPhrase(t + m.Length, WordsOf("source-preposition")).Count > 0);
        // ("called for the release of a reporter detained by the police": a reduced passive with its agent tells a fact,
        // even inside what an appeal asks for)
        if (!authored && !ReducedPassive(s, m) && _modal.IsHypothetical(s, args, t)) return Rejected(why, s, m, "hypothetical");
        if (!authored && _modal.InDenial(s, args, v)) return Rejected(why, s, m, "in a denial");
        if (_modal.ModalBefore(s, args, v, "deontic")) return Rejected(why, s, m, "deontic modal (must/should)");
        // "berwenang menahan", "punya otoritas untuk menertibkan": a power or duty to act (class competence) is no act
        if (_modal.CompetenceBefore(s, args, v)) return Rejected(why, s, m, "competence (berwenang/berhak)");
        if (m.Voice == Voice.Passive && _modal.DescribesStanding(s, args, t)) return Rejected(why, s, m, "standing relation in a relative clause (yang didukung X)");
        if (Modality.IsMatchResult(s, t + m.Length - 1, p.Code)) return Rejected(why, s, m, "match result");
        List<ActorMention> sources, targets;
        var targetPreps = p.TargetPrepositions.Count > 0 ? p.TargetPrepositions : WordsOf("target-preposition");
        switch (p.Kind)
        {
            // "Kosovo won recognition from Kenya", "received support from the EU": the actor in the phrase acts on the subject;
            // with no such actor the act has no known source and is not coded
            case TriggerKind.Verb when p.Reversed && m.Voice != Voice.Passive:
                // (not stopping at a verb-like object: "received backing from")
                sources = args.InPhrase(after, p.TargetPrepositions);
                if (sources.Count == 0) return Rejected(why, s, m, "reversed pattern: no source in its phrase");
                targets = args.Subject(t);
                break;
            case TriggerKind.Verb when m.Voice == Voice.Passive:
                // ("the release of 37 fishermen detained by the navy": a reduced passive describes the actor right before it,
                // even inside a phrase)
                targets = ReducedPassive(s, m) && s.ActorAt(t - 1) is { } described ? [described]
                    : args.RelativeHead(t) is { } head ? [head] : args.Subject(t);
                // "A banker … was extradited to Brazil by Portugal": a pattern that names its target's phrase aims there in the
                // passive too (grammar setting passive-target-phrase = prefer)
                if (p.TargetPrepositions.Count > 0 && _g.Setting("passive-target-phrase", "subject") == "prefer" && !_g.Is("instrument-roots", p.Code[..2])
                    && args.InPhrase(after, p.TargetPrepositions, stopAtVerb: true) is { Count: > 0 } phrase) targets = phrase;
                // "A draft resolution on Mali put forward by France was vetoed by Russia": rejecting or criticising a thing is aimed
                // at its author, named in the subject's own agent phrase (grammar class nominal-agent-roots)
                if (targets.Count == 0 && _g.Is("nominal-agent-roots", p.Code[..2])) targets = args.SubjectPhraseTarget(t, WordsOf("agent-preposition"));
                // "Development aid to Rwanda was cut off by Belgium": a subject that is a thing names its target in a phrase
                // (grammar class passive-subject-target)
                if (targets.Count == 0) targets = args.SubjectPhraseTarget(t, WordsOf("passive-subject-target"));
                // "wilayah yang dikuasai gerilyawan": a relative passive on a thing describes, it reports nothing
                if (targets.Count == 0 && args.AfterRelative(t)) return Rejected(why, s, m, "relative passive on a thing");
                sources = args.InPhrase(after, WordsOf("agent-preposition"));
                // "a suicide bomber sent by Boko Haram", "gunmen led by a local commander": a reduced passive linking an
                // actor to its own group describes who it is, it reports no act between them
                if (ReducedPassive(s, m) && sources.Count > 0 && sources.All(a => targets.Any(b => b.Code == a.Code))) return Rejected(why, s, m, "reduced passive within one group");
                // "Dengan itu, diharapkan PBB bisa merespons …, kata Menlu": an appeal with no subject, whose actor after it opens a
                // clause, is aimed at that clause's subject (grammar class that-clause-target) by the speaker, not done by that actor
                var addressee = targets.Count == 0 && sources.Count == 0 && _g.Is("that-clause-target", p.Code[..2]) ? args.ClauseSubjectAfter(after) : null;
                bool impersonal = addressee is not null;
                if (addressee is not null) { targets = [addressee]; sources = args.GoverningSpeaker(t); }
                // Indonesian names the agent right after a di- verb without "oleh": "ditahan otoritas Mesir"
                if (sources.Count == 0 && !impersonal && _g.Setting("bare-agent", "no") == "after") sources = args.BareAgent(after);
                if (sources.Count == 0 && !impersonal) sources = args.SharedAgent(t, WordsOf("agent-preposition"), _g.Setting("bare-agent", "no") == "after");
                // "diperiksa di Bareskrim Polri", "ditahan di KPK": the institution where it is done does it
                // (a place — a three-letter country code — does not)
                if (sources.Count == 0)
                    sources = args.InPhrase(after, WordsOf("locative-agent-preposition"), stopAtVerb: true).Where(a => a.Code.Length > 3).ToList();
                // "Zambian soldiers were deployed to the Copperbelt", "Iraqi forces were placed on maximum alert": with no
                // agent named, the forces of a show of force (grammar classes instrument-roots, instrument-role) are its actor
                if (sources.Count == 0 && _g.Is("instrument-roots", p.Code[..2]) && targets.Count > 0
                    && targets.All(a => a.Code.Length > 3 && _g.Is("instrument-role", a.Code[3..].ToLowerInvariant())))
                {
                    sources = targets;
                    targets = args.InPhrase(after, targetPreps, stopAtVerb: true);
                }
                break;
            case TriggerKind.Verb:
                sources = args.Subject(t);
                targets = p.TargetPrepositions.Count > 0 ? args.InPhrase(after, p.TargetPrepositions) : args.Object(after);
                if (targets.Count == 0 && p.TargetPrepositions.Count > 0) targets = args.Complement(after);
                // "menuntut kenaikan upah kepada direksi X": with no actor as object, the addressee
                if (targets.Count == 0 && p.TargetPrepositions.Count == 0) targets = args.InPhrase(after, WordsOf("target-preposition"), stopAtVerb: true);
                // "dua pelaku kami tangkap", "mobil yang kita tarik": after an agent pronoun a bare verb's patient is the noun phrase
                // (or the relative head) before that pronoun, as in a passive
                if (m.PronounAgent && PatientBeforeAgent(s, args, t) is { } patient) targets = [patient];
                // "condemned the detention of two reporters by Bangladeshi police", "protested against the expulsion of its
                // diplomats by Austria": criticising an act told as a noun with its agent is aimed at that agent (grammar class
                // nominal-agent-roots)
                if (_g.Is("nominal-agent-roots", p.Code[..2]) && EventNounAt(s, after) && args.InPhrase(after, WordsOf("agent-preposition"), stopAtVerb: true) is { Count: > 0 } agents)
                    targets = agents;
                // "condemned the missile test by North Korea", "rejected the offer of talks from Seoul": the
                // author of the thing acted on, when no actor is its object
                if (targets.Count == 0) targets = args.InPhrase(after, WordsOf("author-preposition"), stopAtVerb: true);
                // "menolak usulan yang diajukan DPR": rejecting, criticising or backing a thing is aimed at who made it
                // (grammar class author-roots)
                if (targets.Count == 0 && !p.NoTarget && _g.Is("author-roots", p.Code[..2])) targets = args.RelativeAuthor(after);
                break;
            case TriggerKind.Intransitive:
                sources = args.Subject(t);
                targets = args.InPhrase(after, targetPreps, stopAtVerb: true);
                // "protested against the occupation of Crimea by Russia": aimed at the agent of the act protested against
                if (_g.Is("nominal-agent-roots", p.Code[..2]) && after + 1 < s.Count && args.IsPreposition(s[after]) && EventNounAt(s, after + 1)
                    && args.InPhrase(after + 1, WordsOf("agent-preposition"), stopAtVerb: true) is { Count: > 0 } doers) targets = doers;
                break;
            case TriggerKind.Say:
                sources = args.Subject(t);
                targets = args.InPhrase(after, targetPreps, stopAtVerb: true);
                // "berjanji untuk melayani rakyat Singapura": a promise that gives way to any event of its sentence, as a
                // statement does, is aimed at the actor its content names (grammar class say-object-roots)
                if (targets.Count == 0 && _g.Is("say-object-roots", p.Code[..2])) targets = args.Object(after);
                break;
            default:
                (sources, targets) = _nouns.Arguments(s, args, m, targetPreps);
                break;
        }
        // "Beijing demanded that Manila remove …", "insisted that Russia withdraw": a demand or appeal names its
        // addressee as the subject of its that-clause (grammar class that-clause-target: the roots it holds for)
        if (targets.Count == 0 && !p.NoTarget && ComplementizerAfter(s, args, after) is int that
            && _g.Is("that-clause-target", p.Code[..2]))
        {
            int k = that + 1;
            while (k < s.Count && _g.Is("determiner", s[k])) k++;
            if (k < s.Count && s.ActorAt(k) is { } addressee) targets = [addressee];
        }
        // "meminta agar kalangan perbankan mendukung …", "mendorong agar kabinet baru … mengambil langkah": so does the
        // clause of purpose right after the verb, when its subject acts ("agar Budi Gunawan dilantik" names who is acted on)
        if (targets.Count == 0 && !p.NoTarget && m.Voice != Voice.Passive && _g.Is("purpose-clause-target", p.Code[..2])
            && PurposeSubject(s, args, after) is { Count: > 0 } asked) targets = asked;
        // "meminta agar semua persyaratan dipenuhi": when that clause names no one who is asked, the appeal's addressee is
        // unnamed; the discourse fallback would pick a bystander ("Soal izin perusahaan itu, Jonan meminta agar …": not the
        // company), so none is sought
        bool unnamedAddressee = targets.Count == 0 && !p.NoTarget && m.Voice != Voice.Passive && _g.Is("purpose-clause-target", p.Code[..2])
            && PurposeClauseAfter(s, args, after);
        // "denied that soldiers had beaten opposition supporters", "acknowledged that its jets had hit targets inside
        // Afghanistan": a denial or admission (grammar class content-target-roots) is aimed at who the act it is about was done to
        if (targets.Count == 0 && !p.NoTarget && p.Kind != TriggerKind.Say && _g.Is("content-target-roots", p.Code[..2]))
            targets = ContentTarget(s, args, after);
        // "Thailand sent 2,000 soldiers to its border with Cambodia", "ordered 5,000 police onto the streets": the
        // source's own forces are the means of a show of force, not its target; the place they go to may be
        // (grammar class instrument-roots)
        if (_g.Is("instrument-roots", p.Code[..2]) && sources.Count > 0)
        {
            var own = sources.Where(a => a.Code.Length >= 3).Select(a => a.Code[..3]).ToHashSet(StringComparer.Ordinal);
            bool Instrument(ActorMention a) => a.Code.Length > 3 && own.Contains(a.Code[..3]) && _g.Is("instrument-role", a.Code[3..].ToLowerInvariant());
            if (targets.Count > 0 && targets.All(Instrument))
                targets = args.InPhrase(after, targetPreps, stopAtVerb: true).Where(a => !Instrument(a)).ToList();
        }
        if (p.NoTarget) targets = [];
        if (sources.Count == 0 && p.Kind == TriggerKind.Say) return Rejected(why, s, m, "statement with no subject");

        // "Myanmar menolak memberikan akses", "Google menolak diperiksa": the refusal (12) is the event —
        // coded by its own pattern — not a negated act beside it; "menolak untuk bertemu" and "gagal
        // menangkap" (no event of its own) negate the act (eval/events/GUIDELINES.md §3)
        // "the captain suspected of damaging cables", "two men accused of child abduction": a participle of a status
        // word right after its noun, before "of"/"with", describes that actor; it reports no act (class status-participle)
        if (t > 0 && _g.Is("status-participle", s[t]) && after < s.Count && _g.Is("status-preposition", s[after])
            && !_g.Is("aux", s[t - 1]) && !_g.Is("passive-aux", s[t - 1]) && !_g.Is("negator", s[t - 1])
            && (s.ActorAt(t - 1) is not null || !args.IsVerbLike(t - 1) && !s.IsPunctuation(t - 1) && !_g.Is("pronoun", s[t - 1]))) return Rejected(why, s, m, "status participle");
        // "had abducted the 40 farmers seized near Maiduguri": a participle right after the object of an earlier event verb and
        // before a place preposition describes that object (a reduced relative with no agent); it reports no act of its own
        // (grammar setting object-participle = describes)
        if (ObjectParticiple(s, args, t, after)) return Rejected(why, s, m, "object participle");
        // "agreed to meet", "plans to impose", "ready to extend": an intent verb before "to" and an event verb is
        // no event of its own; the act after it carries the intent (grammar setting intent-before-act = folds)
        if (_g.Setting("intent-before-act", "codes") == "folds" && _g.Is("intent", s[t]) && after + 1 < s.Count
            && _g.Is("control-preposition", s[after]) && language.Patterns.IsTriggerWord(s[after + 1]) && !_g.Is("transparent", s[after + 1])) return Rejected(why, s, m, "intent verb before an act");
        // English news codes "refused to meet X" as the refusal (12) toward X, not a negated meeting (grammar setting
        // refusal-to-act = rejects; en-dev and en-dev2 README): then the act after a refusal is never coded
        bool refusalRejects = _g.Setting("refusal-to-act", "negates") == "rejects";
        // (a rejected request with its author is still that author's request: "rejected the ECOWAS demand")
        int? refusing = authored ? null : _modal.NegatingVerbBefore(s, args, t);
        if (refusing is int refusal && language.Patterns.IsTriggerWord(s[refusal])
            && (refusalRejects || !Enumerable.Range(refusal + 1, t - refusal - 1).Any(k => _g.Is("control-preposition", s[k])))) return Rejected(why, s, m, "act of a refusal");
        bool negated = _modal.ModalBefore(s, args, v, "negator") || refusing is not null;
        // "menolak untuk bertemu": the negated meeting is the event, not a refusal beside it (unless the
        // pattern names what is refused: "refused to step down" → 1231)
        if (_g.Is("negating-verb", s[t]) && !p.HasObjectConstraint && after + 1 < s.Count && _g.Is("control-preposition", s[after]) && args.IsVerbLike(after + 1))
        {
            if (!refusalRejects) return Rejected(why, s, m, "refusal to act (the act is coded)");
            // "refused to meet a delegation of the IMF": what the refused act was aimed at is the refusal's target
            if (targets.Count == 0 && !p.NoTarget) targets = args.Object(after + 2);
        }
        // "pemerintah bisa memberikan bantuan": a possibility, not an event ("belum bisa bertemu" is a
        // negated one and stays)
        if (!negated && (_modal.ModalBefore(s, args, v, "potential") || p.Kind == TriggerKind.Noun && _nouns.ModalAfter(s, args, after, "potential"))) return Rejected(why, s, m, "potential modal (bisa/dapat)");
        // "Iran's visit to Pakistan was postponed": an event noun whose own predicate calls it off (class called-off) did not happen
        if (p.Kind == TriggerKind.Noun && _nouns.ModalAfter(s, args, after, "called-off")) return Rejected(why, s, m, "called off");
        // "asked privately whether Washington would …": an appeal verb before a question word (class question-word) asks a question
        if (_g.Is("question-roots", p.Code[..2]) && QuestionAfter(s, after)) return Rejected(why, s, m, "question");
        // "killed more than 100 villagers", "executed dozens of men": a killing of a mass quantity is mass killing
        var baseCode = p.Code == "1823" && MassQuantityAfter(s, after) ? "202" : p.Code;
        bool planned = _modal.ModalBefore(s, args, v, "intent") || p.Kind == TriggerKind.Noun && _nouns.IntentAfter(s, args, after) || PurposeOfIntent(s, args, v);
        var code = planned ? ontology.IntentOf(baseCode) : baseCode;
        // "said it would freeze aid unless Lissu was freed": a planned act of pressure made conditional is a threat
        if (planned && _g.Is("conditional-threat-roots", baseCode[..2]) && ConditionAfter(s, after)) code = ConditionalThreatCode;
        // "warned that his fighters would hit Israeli ports": a warning (grammar class threat-warning) that an actor will act is a
        // threat, aimed at whom that act is done to
        if (code[..2] == "01" && _g.Is("threat-warning", s[t]) && ThreatenedAct(s, args, after))
        {
            code = ConditionalThreatCode;
            if (targets.Count == 0 && !p.NoTarget) targets = ContentTarget(s, args, after).Where(a => !sources.Any(x => x.Code == a.Code)).ToList();
        }
        int? anaphor = targets.Count == 0 && !p.NoTarget ? _nouns.EventNounAfter(s, args, after) : null;
        int? referred = targets.Count == 0 && !p.NoTarget && anaphor is null ? _nouns.ReferredActAfter(s, args, after) : null;
        var result = new List<SentenceEvent>();
        // "pertempuran antara A dan B", "pertemuan antara A dengan B": the sides act on each other
        var between = sources.Count == 0 ? args.BetweenSides(t, after) : [];
        // "pertemuan mantan PM Singapura Lee Kuan Yew dengan Megawati", "bentrokan polisi dengan mahasiswa": a noun of an act
        // between two sides (grammar class joined-pair-roots, by root or code, or its word in joined-pair-nouns) names its own party and, joined
        // by "dengan", the other; both act on each other as in a between-phrase
        if (between.Count < 2 && p.Kind == TriggerKind.Noun && (_g.Is("joined-pair-roots", code[..2]) || _g.Is("joined-pair-roots", code[..3]) || _g.Is("joined-pair-nouns", s[t]))
            && args.JoinedSides(after) is { Count: 2 } joined && sources.All(x => joined.Any(j => j.Code == x.Code)))
            between = joined;
        if (between.Count < 2 && sources.Count == 0 && targets.Count >= 2 && targets[0].FirstWord > 0 && _g.Is("between", s[targets[0].FirstWord - 1]))
            between = targets.DistinctBy(x => x.Code).ToList();
        if (between.Count >= 2)
        {
            foreach (var a in between)
                foreach (var b in between)
                    if (a.Code != b.Code) result.Add(new SentenceEvent(code, a, b, t, after - 1, negated) { Mutual = true });
            return result;
        }
        if (sources.Count == 0)
        {
            // implicit agent: one event per target (or none), resolved from the article by the stage
            bool victims = p.Kind == TriggerKind.Noun && _nouns.VictimBefore(s, t) is not null;
            // "pembunuhan tersebut terjadi …", "motif penyerangan tersebut": an actorless event noun with a demonstrative
            bool recalled = targets.Count == 0 && p.Kind == TriggerKind.Noun && _nouns.DemonstrativeAfter(s, args, after);
            if (targets.Count == 0) result.Add(new SentenceEvent(code, null, null, t, after - 1, negated) { AnaphorWord = anaphor, Recalled = recalled });
            else result.AddRange(targets.DistinctBy(a => a.Code).Select(tg => new SentenceEvent(code, null, tg, t, after - 1, negated) { Victims = victims }));
            return result;
        }
        // "Indonesia dan Singapura menandatangani …", "X and Y met": with no target, coordinated sources of
        // a reciprocal act (agree, meet, cooperate, fight) are each other's targets
        var distinctSources = sources.DistinctBy(a => a.Code).ToList();
        // "A dan B saling melempar tuduhan", "A saling tuduh dengan B": each acts on the other
        // ("exchanged gunfire with dissident fighters": an exchange of fire, grammar class mutual-combat, is fought by both sides)
        if ((_modal.ModalBefore(s, args, t, "reciprocal") || code[..2] == "19" && _g.Is("mutual-combat", s[t]) && targets.Count > 0) && !p.NoTarget)
        {
            var sides = distinctSources.Concat(targets).DistinctBy(a => a.Code).ToList();
            if (sides.Count >= 2)
            {
                foreach (var a in sides)
                    foreach (var b in sides)
                        if (a.Code != b.Code) result.Add(new SentenceEvent(code, a, b, t, after - 1, negated) { Mutual = true });
                return result;
            }
        }
        // "Ethiopian and Egyptian ministers resumed negotiations in Washington": for coordinated sides of a reciprocal act a
        // country named after a venue preposition (grammar class venue-preposition) is where they meet, not whom they meet
        if (targets.Count > 0 && distinctSources.Count >= 2 && IsReciprocal(code)
            && targets.All(a => a.Code.Length == 3 && a.FirstWord > 0 && _g.Is("venue-preposition", s[a.FirstWord - 1])))
            targets = [];
        // ("Australian police and soldiers raided the camp", "Polisi dan TNI menggerebek markas itu": allies acting on a
        // thing together are not each other's targets)
        // ("PPP, Partai Golkar dan Partai Demokrat membentuk poros baru", "korban dan pelaku saling berkomunikasi": coordinated
        // subjects naming two actors of one role code are sides too, for a verb of the roots in grammar class same-role-reciprocal-roots;
        // praise and support by two ministries, "didukung Kemenpora dan Kemendikbud", is aimed elsewhere)
        if (targets.Count == 0 && !p.NoTarget && distinctSources.Count == 1 && p.Kind != TriggerKind.Noun && m.Voice != Voice.Passive
            && _g.Is("same-role-reciprocal-roots", code[..2]) && !ViolenceOnAThing(s, args, code, after)
            && sources.FirstOrDefault(x => TwoActorsOfOneRole(s, sources[0], x)) is { } partner)
            return [new SentenceEvent(code, sources[0], partner, t, after - 1, negated) { Mutual = true },
                new SentenceEvent(code, partner, sources[0], t, after - 1, negated) { Mutual = true }];
        if (targets.Count == 0 && !p.NoTarget && distinctSources.Count >= 2 && IsReciprocal(code) && !ViolenceOnAThing(s, args, code, after))
        {
            foreach (var a in distinctSources)
                foreach (var b in distinctSources)
                    if (a.Code != b.Code) result.Add(new SentenceEvent(code, a, b, t, after - 1, negated) { Mutual = true });
            return result;
        }
        foreach (var src in distinctSources)
        {
            // "Tersangka membacok korban", "hakim meminta pengacara": two civilians (or two judges) are two
            // actors with one code; a country acting on itself, a mention on itself or on its pronoun is nothing
            var tgts = targets.Where(x => x.Code != src.Code || TwoActorsOfOneRole(s, src, x)).DistinctBy(a => a.Code).ToList();
            if (tgts.Count == 0)
            {
                if (targets.Count > 0) { why?.Add(s, t, "only target is the source itself"); continue; } // nothing to code
                result.Add(new SentenceEvent(code, src, null, t, after - 1, negated) { AnaphorWord = anaphor, ReferredAct = referred, NoTarget = unnamedAddressee, UnnamedAddressee = unnamedAddressee });
            }
            else result.AddRange(tgts.Select(tg => new SentenceEvent(ForTarget(code, tg), src, tg, t, after - 1, negated)));
        }
        return result;
    }

    /// <summary>"ordered Doctors Without Borders to leave the country": expelling an organisation rather than people (grammar class
    /// organisation-expulsion: "code>code for IGO targets>code for NGO targets") is withdrawing it (166, aid agencies 1663).</summary>
    private string ForTarget(string code, ActorMention target)
    {
        foreach (var rule in _g.WordsOf("organisation-expulsion"))
        {
            var parts = rule.Split('>');
            if (parts.Length != 3 || parts[0] != code) continue;
            if (target.Code.StartsWith("IGO", StringComparison.Ordinal)) return parts[1];
            if (target.Code.StartsWith("NGO", StringComparison.Ordinal)) return parts[2];
        }
        return code;
    }

    /// <summary>"Tersangka membacok korban", "hakim meminta pengacara": two named mentions with one role code
    /// and different words are two actors; a country on itself, a pronoun, or the same noun again ("buruh
    /// menuntut … pensiun buruh") is one.</summary>
    private bool TwoActorsOfOneRole(SentenceView s, ActorMention a, ActorMention b)
    {
        if (a.Code != b.Code || a.Code.Length <= 3 || a.FirstWord == b.FirstWord) return false;
        if (s.ActorAt(a.FirstWord) is null || s.ActorAt(b.FirstWord) is null || _g.Is("pronoun", s[a.FirstWord]) || _g.Is("pronoun", s[b.FirstWord])) return false;
        return s[a.LastWord] != s[b.LastWord];
    }

    /// <summary>An act of force with a thing as its object (a noun right after the trigger, no preposition): done
    /// together to that thing, not to each other.</summary>
    private bool ViolenceOnAThing(SentenceView s, ArgumentFinder args, string code, int after) =>
        code[..2] is "18" or "19" or "20" && after < s.Count && !s.IsPunctuation(after) && !args.IsPreposition(s[after])
        && !_g.Is("boundary", s[after]) && !_g.Is("coordinator", s[after]) && !args.IsVerbLike(after) && !CombatObject(s, args, after);

    /// <summary>"fought a two-hour gun battle", "exchanged artillery fire": an object that names the fight itself (grammar
    /// class combat-noun, within a few words) is no thing attacked; the sides fight each other.</summary>
    private bool CombatObject(SentenceView s, ArgumentFinder args, int after)
    {
        for (int k = after; k < s.Count && k <= after + 4; k++)
        {
            if (_g.Is("combat-noun", s[k])) return true;
            if (s.IsPunctuation(k) || args.IsPreposition(s[k])) return false;
        }
        return false;
    }

    /// <summary>Meeting, agreeing, cooperating and fighting (grammar class mutual-roots) are done with each other.</summary>
    private bool IsReciprocal(string code) => _g.Is("mutual-roots", code[..2]);

    private IReadOnlyCollection<string> WordsOf(string wordClass) => _g.WordsOf(wordClass);
}
