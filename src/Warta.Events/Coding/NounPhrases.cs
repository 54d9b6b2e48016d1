using Warta.Events.Language;
using Warta.Events.Patterns;

namespace Warta.Events.Coding;

/// <summary>
/// What the words around an event noun say (the noun-specific half of <see cref="EventCoder"/>): who did the
/// act and to whom, whether it is planned ("Pertemuan … akan"), who its victims are, and which earlier act a
/// demonstrative object points back at.
/// </summary>
internal sealed class NounPhrases(EventLanguage language)
{
    private readonly EventGrammar _g = language.Grammar;

    /// <summary>Source and target of an event noun (FORMAT.md, kind <c>noun</c>): the agent ("oleh X"), the
    /// receiver of a patient light verb ("mendapat suaka"), victims ("tewas dalam serangan"), a patient
    /// complement ("penangkapan pelajar RI"), a possessor or the subject of a light verb.</summary>
    public (List<ActorMention>, List<ActorMention>) Arguments(SentenceView s, ArgumentFinder args, TriggerMatch m, IReadOnlyCollection<string> targetPreps)
    {
        int t = m.Start, after = m.Start + m.Length;
        bool possessorBefore = _g.Setting("possessor", "after") == "before";
        // "An inquiry into … abuses by soldiers was opened by the rights commission": the agent of the light verb the
        // noun is the passive subject of comes before any "by" inside the noun's own phrase
        var agent = PassiveLightVerbAgent(s, args, after) is { Count: > 0 } passive ? passive : args.InPhrase(after, WordsOf("agent-preposition"));
        if (agent.Count == 0) agent = AuthorFrom(s, args, m.Pattern.Code, after);
        if (agent.Count == 0) agent = DoneBy(s, args, after);
        var inPhrase = args.InPhrase(after, targetPreps);
        var complement = possessorBefore ? args.InPhrase(after, WordsOf("complement-preposition")) : args.Complement(after);
        var possessor = possessorBefore && args.PossessorBefore(t) is { } pos ? new List<ActorMention> { pos } : [];
        int v = WordBefore(s, t);
        // "rejected a Russian proposal for talks", "dismissed calls from the European Parliament", "did not respond to the
        // request from Greece": a request, demand or offer (grammar class authored-noun) in the object of another verb is
        // its author's act (a "from"/"by" phrase, else the actor right before the noun) aimed at that verb's subject
        if (_g.Is("authored-noun", s[t]) && GoverningVerb(s, args, t) is int governing)
        {
            var author = args.InPhrase(after, WordsOf("source-preposition"));
            if (author.Count == 0 && t > 0 && s.ActorAt(t - 1) is { } modifier) author = [modifier];
            if (author.Count > 0) return (author, inPhrase.Count > 0 ? inPhrase : args.Subject(governing));
        }
        List<ActorMention> LightVerbSubject() => v >= 0 && _g.Is("light-verb", s[v]) ? args.Subject(v) : [];
        // "Yee mendapat suaka", "ia menjalani pemeriksaan", "menerima bantuan dari Jepang": the subject of a
        // receiving verb is the target; the source is the giver, else left to the article
        if (v >= 0 && _g.Is("patient-light-verb", s[v]))
        {
            // the giver: "oleh X", "dari X", else the noun's own possessor ("mendapat sanksi PBB")
            var giver = agent.Count > 0 ? agent : args.InPhrase(after, WordsOf("source-preposition"));
            if (giver.Count == 0) giver = possessorBefore ? possessor : complement;
            return (giver, args.Subject(v));
        }
        // "Empat polisi tewas dalam serangan itu": the victims are the act's targets; its doer is named by
        // "oleh", or by the complement of a noun whose target is in a phrase ("serangan ISIS"), else the
        // article's earlier mention of the act is asked (the stage)
        if (VictimBefore(s, t) is int victim)
            return (agent.Count > 0 ? agent : m.Pattern.TargetPrepositions.Count > 0 && !possessorBefore ? args.Complement(after, samePhrase: true) : [],
                args.Subject(victim));
        // ("the recall of Israel's ambassador from Ankara by …": the pattern's own target phrase names the target first)
        if (agent.Count > 0)
            return (agent, m.Pattern.TargetPrepositions.Count > 0 && inPhrase.Count > 0 ? inPhrase : complement.Count > 0 ? complement : inPhrase);
        // "Penolakan warga Desa Sukamaju terhadap pembangunan pabrik", "pemeriksaan KPK terhadap saksi": with the patient named
        // in a phrase of its own right after it, the complement of a patient noun is its doer, not its patient
        if (!possessorBefore && complement.Count > 0 && language.Morphology.IsPatientNominal(s[t])
            && (args.PatientPhraseAfter(complement[^1]) || inPhrase.Count == 0 && ConveyedByComplement(s, args, m, after)
                || _g.Is("authored-complement-roots", m.Pattern.Code[..2]) && AdjacentComplement(s, after, complement[0])))
            return (complement, inPhrase);
        // "penangkapan pelajar RI di Mesir": the phrase after a patient noun is who the act was done to
        if (!possessorBefore && inPhrase.Count == 0 && complement.Count > 0 && language.Morphology.IsPatientNominal(s[t]))
            return (LightVerbSubject(), complement);
        // "pertemuan Mega - JK", "perundingan Israel - Hamas": a reciprocal act's noun names its two sides joined by a dash
        if (!possessorBefore && inPhrase.Count == 0 && complement.Count == 1 && _g.Is("reciprocal-roots", m.Pattern.Code[..2])
            && DashedPartner(s, complement[0]) is { } partner)
            return (complement, [partner]);
        if (m.Pattern.TargetPrepositions.Count > 0)
        {
            var src = possessorBefore ? possessor : complement;
            if (src.Count == 0) src = LightVerbSubject();
            if (src.Count == 0) src = SuffixOwner(s, args, m);
            return (src.Count > 0 || inPhrase.Count == 0 ? src : Framing(args, m), inPhrase);
        }
        var source = LightVerbSubject();
        if (source.Count == 0) source = possessor;
        if (source.Count == 0) source = SuffixOwner(s, args, m);
        // "Dalam kunjungan ke AS, Presiden Joko Widodo …": a noun framing the sentence, with the other side of the act named
        // in it, is the act of the main clause's subject ("Saat penangkapan, warga …": an act with no side named may be
        // anyone's, and is left to the article)
        var target = complement.Count > 0 ? complement : inPhrase;
        return (source.Count > 0 || target.Count == 0 ? source : Framing(args, m), target);
    }

    /// <summary>Who does a noun framing a clause, its other side named: the main clause's subject for a frame opening the
    /// sentence ("Dalam kunjungan ke AS, Presiden …"), and, for a meeting, agreement or cooperation (grammar class
    /// trailing-frame-roots), the speaker or the main clause's subject before a frame closing it ("kata Tito usai pertemuan
    /// dengan Presiden", "Jokowi menyampaikan hal itu dalam pertemuan dengan PM Lee").</summary>
    private List<ActorMention> Framing(ArgumentFinder args, TriggerMatch m)
    {
        var frame = args.FrameSubject(m.Start);
        if (frame.Count > 0 || !_g.Is("trailing-frame-roots", m.Pattern.Code[..2])) return frame;
        return args.TrailingFrameSubject(m.Start);
    }

    /// <summary>The complement starts right after the noun, past determiners only ("penolakan sejumlah warga", not "penolakan
    /// kegiatan kampanye Djarot", whose actor owns the thing rejected).</summary>
    private bool AdjacentComplement(SentenceView s, int after, ActorMention complement)
    {
        int k = after;
        while (k < complement.FirstWord && _g.Is("determiner", s[k])) k++;
        return k == complement.FirstWord;
    }

    /// <summary>"Penyerahan bantuan secara simbolis dilakukan Jokowi", "Ajakan itu disampaikan Wapres", "aksi demo yang dilakukan
    /// pengemudi taksi": an event noun that is the subject of a passive light verb a few words on (grammar class
    /// passive-light-verb) is done by that verb's agent, "oleh X" or named bare right after it.</summary>
    private List<ActorMention> DoneBy(SentenceView s, ArgumentFinder args, int after)
    {
        if (PassiveLightVerbAfter(s, args, after) is not int k) return [];
        var agent = args.InPhrase(k + 1, WordsOf("agent-preposition"), stopAtVerb: true);
        return agent.Count > 0 ? agent : args.BareAgent(k + 1);
    }

    /// <summary>The passive light verb (grammar class passive-light-verb) a few words after an event noun, before any other
    /// verb or punctuation ("Penyerahan bantuan secara simbolis dilakukan …"), or null.</summary>
    private int? PassiveLightVerbAfter(SentenceView s, ArgumentFinder args, int after)
    {
        int end = Math.Min(args.ClauseEnd(after - 1), after + MaxDoneByDistance);
        for (int k = after; k < end; k++)
        {
            if (_g.Is("passive-light-verb", s[k])) return k;
            if (s.IsPunctuation(k) || args.IsVerbLike(k) && !_g.Is("aux", s[k])) return null;
        }
        return null;
    }

    /// <summary>"Penolakan PPP kubu Djan Faridz tersebut akan disampaikan ke Presiden", "Permintaan KPK itu diajukan kepada DPR":
    /// a patient noun of an authored act (grammar class noun-author-roots: a statement, appeal, demand, rejection …) that is the
    /// subject of a passive light verb naming no agent is conveyed by whom its complement names — its author, not its patient.
    /// (An arrest or an attack "dilakukan di Bekasi" keeps its complement as the one it was done to.)</summary>
    private bool ConveyedByComplement(SentenceView s, ArgumentFinder args, TriggerMatch m, int after) =>
        _g.Is("noun-author-roots", m.Pattern.Code[..2]) && PassiveLightVerbAfter(s, args, after) is not null;

    /// <summary>"Dalam kunjungannya, Jokowi …", "Jokowi mengakhiri kunjungannya", "dukungannya kepada …": an event noun written with a
    /// possessive suffix (grammar class possessor-suffix) is its owner's act, unless it names the patient (a peN-…-an noun of a
    /// transitive verb: "penangkapannya" is someone's arrest, not by them). The owner is the main clause's subject when the noun
    /// frames the sentence, else the first actor before it in the sentence that is no place, else — the suffix pointing back
    /// as a pronoun does — the person or organisation the sentences before name first.</summary>
    private List<ActorMention> SuffixOwner(SentenceView s, ArgumentFinder args, TriggerMatch m)
    {
        int last = m.Start + m.Length - 1;
        var word = s[last];
        string? suffix = null;
        foreach (var x in WordsOf("possessor-suffix"))
            if (word.Length > x.Length + MinStemLength && word.EndsWith(x, StringComparison.Ordinal)) suffix = x;
        if (suffix is null || language.Morphology.IsPatientNominal(word[..^suffix.Length]) || !OwnerActs(m.Pattern.Code)) return [];
        if (args.FrameSubject(m.Start) is { Count: > 0 } frame) return frame;
        for (int k = 0; k < m.Start; k++)
            if (s.ActorAt(k) is { IsPlace: false } before) return [before];
        return (s.ResolvePronoun(last, person: true) ?? s.ResolvePronoun(last, person: false, places: false)) is { } owner ? [owner] : [];
    }

    /// <summary>The code is one whose noun's owner is its doer (grammar class suffix-owner-codes, by prefix: meeting, support, criticism,
    /// protest); in others the owner is often the patient (the one sentenced in "sidang vonisnya", the one asked in "meminta masukannya").</summary>
    private bool OwnerActs(string code)
    {
        foreach (var prefix in WordsOf("suffix-owner-codes"))
            if (code.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The shortest stem a possessive suffix is read on ("protesnya", not "punya").</summary>
    private const int MinStemLength = 4;

    /// <summary>The actor right after a dash that follows <paramref name="first"/> ("Mega - JK"), or null.</summary>
    private static ActorMention? DashedPartner(SentenceView s, ActorMention first)
    {
        int dash = first.LastWord + 1;
        if (dash + 1 >= s.Count || s[dash] is not ("-" or "\u2013" or "\u2014")) return null;
        return s.ActorAt(dash + 1) is { } other && other.FirstWord != first.FirstWord ? other : null;
    }

    /// <summary>How far after its noun the passive light verb of <see cref="DoneBy"/> may be.</summary>
    private const int MaxDoneByDistance = 8;

    /// <summary>How far past the preposition the author's name may start ("dari pemerintah Cina": a determiner or a title).</summary>
    private const int MaxAuthorOffset = 3;

    /// <summary>"gelombang penolakan dari Cina", "kecaman dari Amerika Serikat", "dukungan dari partai itu": a statement, appeal,
    /// support, aid, demand, protest, criticism, rejection or threat (grammar class noun-author-roots) followed right away by
    /// "dari" (class noun-author-preposition) names its author there; a motion or an attack "from" a place does not.</summary>
    private List<ActorMention> AuthorFrom(SentenceView s, ArgumentFinder args, string code, int after)
    {
        if (after >= s.Count || !_g.Is("noun-author-preposition", s[after]) || !_g.Is("noun-author-roots", code[..2])) return [];
        var author = args.InPhrase(after, [s[after]]);
        if (author.Count == 0 || author[0].FirstWord > after + MaxAuthorOffset) return [];
        // ("penolakan dari Cina, Tsai disebut …": an actor after a comma opens the next clause; only "dan"/"serta" join authors)
        int joined = 1;
        while (joined < author.Count && author[joined].FirstWord > 0 && _g.Is("coordinator", s[author[joined].FirstWord - 1])) joined++;
        return author.GetRange(0, joined);
    }

    /// <summary>The verb whose object the noun at <paramref name="t"/> is ("rejected the ECOWAS demand", "brushed aside demands",
    /// "respond to the request"): past determiners, actors, "to" and at most two other words; a light verb (the noun is
    /// then its own act) or a clause break gives null.</summary>
    private int? GoverningVerb(SentenceView s, ArgumentFinder args, int t)
    {
        int others = 0;
        for (int k = t - 1; k >= 0 && k >= t - 8; k--)
        {
            if (s.IsPunctuation(k) || args.IsBoundary(k)) return null;
            // ("respond to the request": a word right before "to" is the verb)
            if (args.IsVerbLike(k) && s.ActorAt(k) is null || k + 1 < t && _g.Is("control-preposition", s[k + 1]) && s.ActorAt(k) is null)
                return _g.Is("light-verb", s[k]) || _g.Is("patient-light-verb", s[k]) ? null : k;
            if (s.ActorAt(k) is not null || _g.Is("determiner", s[k]) || _g.Is("control-preposition", s[k]) || _g.Is("aux", s[k]) || _g.Is("negator", s[k])) continue;
            if (++others > 2) return null;
        }
        return null;
    }

    /// <summary>The agent ("by X") of a passive light verb later in the noun's clause ("… was opened by X"), or none.</summary>
    private List<ActorMention> PassiveLightVerbAgent(SentenceView s, ArgumentFinder args, int after)
    {
        int end = Math.Min(args.ClauseEnd(after - 1), after + 16);
        for (int k = after; k + 2 < end; k++)
        {
            if (!_g.Is("passive-aux", s[k])) continue;
            int v = k + 1;
            if (_g.Is("aux", s[v]) && v + 2 < end) v++; // "was quietly opened"
            if (_g.Is("light-verb", s[v]) && _g.Is("agent-preposition", s[v + 1])) return args.InPhrase(v + 1, WordsOf("agent-preposition"));
        }
        return [];
    }

    /// <summary>The word before an event noun past determiners and auxiliaries (where its light verb stands), or -1.</summary>
    public int WordBefore(SentenceView s, int noun)
    {
        int k = noun - 1;
        // "began a 48-hour strike", "held a new round of": up to two modifiers before the noun (grammar class
        // event-modifier, or a word with a digit) stand between it and its light verb
        for (int modifiers = 0; k >= 0; k--)
        {
            if (_g.Is("determiner", s[k]) || _g.Is("aux", s[k])) continue;
            if (modifiers < 2 && s.ActorAt(k) is null && (_g.Is("event-modifier", s[k]) || s[k].Any(char.IsAsciiDigit) && char.IsLetter(s[k][^1]))) { modifiers++; continue; }
            break;
        }
        return k;
    }

    /// <summary>The light verb (grammar classes light-verb, patient-light-verb) right before an event noun, or null:
    /// "seharusnya menjalani pemeriksaan" takes that verb's modals.</summary>
    public int? LightVerbBefore(SentenceView s, int noun) =>
        WordBefore(s, noun) is var k && k >= 0 && (_g.Is("light-verb", s[k]) || _g.Is("patient-light-verb", s[k])) ? k : null;

    /// <summary>"Pertemuan menteri ini akan berpusat pada …", "Kunjungan Presiden ke Jepang dijadwalkan …": an event
    /// noun heading its clause's subject, followed by an intent word (akan, dijadwalkan) before any verb, is
    /// planned, not done.</summary>
    public bool IntentAfter(SentenceView s, ArgumentFinder args, int after) => ModalAfter(s, args, after, "intent");

    /// <summary>A word of <paramref name="wordClass"/> after the noun's phrase and before its verb: "Pertemuan … akan"
    /// (intent), "A Chinese blockade of Taiwan could cut off …" (potential: no event).</summary>
    public bool ModalAfter(SentenceView s, ArgumentFinder args, int after, string wordClass)
    {
        // the noun's phrase, its complements ("dengan Amerika Serikat") included, up to the first verb
        int end = Math.Min(args.ClauseEnd(after - 1), after + 8);
        for (int i = after; i < end; i++)
        {
            if (_g.Is(wordClass, s[i])) return true;
            if (s.IsPunctuation(i) || args.IsVerbLike(i) || _g.Is("relative", s[i])) return false;
        }
        return false;
    }

    /// <summary>The first word of a victim predicate right before the noun: "tewas dalam", "menjadi korban
    /// (dalam)", "terluka akibat" (grammar classes <c>victim</c>, <c>victim-preposition</c>).</summary>
    public int? VictimBefore(SentenceView s, int t)
    {
        int k = t - 1;
        while (k >= 0 && _g.Is("determiner", s[k])) k--;
        if (k < 0) return null;
        bool preposition = _g.Is("victim-preposition", s[k]);
        if (preposition) k--;
        while (k >= 0 && _g.Is("aux", s[k])) k--;
        if (k < 0) return null;
        var words = s.Words;
        for (int len = 3; len >= 1; len--)
            if (k - len + 1 >= 0 && _g.MatchAt("victim", words, k - len + 1) == len)
                // "menjadi korban penembakan" needs no preposition; "tewas penembakan" is not Indonesian
                return preposition || len > 1 ? k - len + 1 : null;
        return null;
    }

    public int? EventNounAfter(SentenceView s, ArgumentFinder args, int after)
    {
        int end = Math.Min(args.ClauseEnd(after - 1), after + 4);
        for (int i = after; i < end; i++)
            if (_g.Is("event-noun", s[i])) return i;
        return null;
    }

    /// <summary>A non-actor word followed by a demonstrative in the object ("pelarangan tersebut").</summary>
    public int? ReferredActAfter(SentenceView s, ArgumentFinder args, int after)
    {
        int end = Math.Min(args.ClauseEnd(after - 1), after + 6);
        for (int i = after; i + 1 < end; i++)
            if (s.ActorAt(i) is null && !s.IsPunctuation(i) && _g.Is("determiner", s[i + 1]) && !_g.Is("determiner", s[i])) return i;
        return null;
    }

    /// <summary>The longest stretch of plain modifier words allowed between an event noun and its demonstrative
    /// ("Serangan teror Jumat itu").</summary>
    private const int MaxRecallModifiers = 2;

    /// <summary>A demonstrative (grammar class event-demonstrative) closing the noun's own phrase right after it or past
    /// up to two plain modifiers ("pembunuhan tersebut", "insiden penembakan itu", "Serangan teror Jumat itu"); no actor,
    /// preposition, verb, punctuation or clause break between.</summary>
    public bool DemonstrativeAfter(SentenceView s, ArgumentFinder args, int after)
    {
        for (int k = after; k < s.Count && k <= after + MaxRecallModifiers; k++)
        {
            if (_g.Is("event-demonstrative", s[k])) return true;
            if (s.ActorAt(k) is not null || s.IsPunctuation(k) || args.IsPreposition(s[k]) || args.IsVerbLike(k) || args.IsBoundary(k)
                || _g.Is("relative", s[k]) || _g.Is("coordinator", s[k]) || _g.Is("determiner", s[k])) return false;
        }
        return false;
    }

    private IReadOnlyCollection<string> WordsOf(string wordClass) => _g.WordsOf(wordClass);
}
