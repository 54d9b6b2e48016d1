using Warta.Events.Discourse;
using Warta.Events.Language;
using Warta.Events.Patterns;

namespace Warta.Events.Coding;

/// <summary>Word-level readings the coder asks while choosing triggers and their modality: whether a word is an
/// adjective, a noun or a verb here, where a quoted headline ends, whether an act is planned.</summary>
public sealed partial class EventCoder
{
    /// <summary>English "-ed" or "-ing" participle right after a determiner or a number and right before a word that is
    /// no preposition or function word: an adjective ("three disputed islands", "the visiting Turkish president").</summary>
    private bool AttributiveParticiple(SentenceView s, int i)
    {
        if (_g.Setting("possessor", "after") != "before" || i == 0 || i + 1 >= s.Count
            || !s[i].EndsWith("ed", StringComparison.Ordinal) && !s[i].EndsWith("ing", StringComparison.Ordinal)) return false;
        bool before = _g.Is("determiner", s[i - 1]) && !_g.Is("complementizer", s[i - 1]) || s[i - 1].All(char.IsAsciiDigit) || _g.Is("number-word", s[i - 1]);
        var next = s[i + 1];
        bool noun = char.IsLetter(next[0]) && !_g.Is("preposition", next) && !_g.Is("determiner", next)
            && !_g.Is("coordinator", next) && !_g.Is("aux", next) && !_g.Is("passive-aux", next) && !_g.Is("relative", next);
        return before && noun;
    }

    /// <summary>An English past participle (-ed, or class irregular-participle) right after an actor that is the object of an
    /// event verb before it in the same clause (no speech verb or complementizer between), and right before a place
    /// preposition (class place-preposition): "had abducted the 40 farmers seized near Maiduguri".</summary>
    private bool ObjectParticiple(SentenceView s, ArgumentFinder args, int t, int after)
    {
        if (_g.Setting("object-participle", "acts") != "describes" || t == 0 || after >= s.Count || s.ActorAt(t - 1) is not { } obj
            || !_g.Is("place-preposition", s[after])) return false;
        var w = s[t];
        if (!(w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal) || _g.Is("irregular-participle", w))) return false;
        for (int k = obj.FirstWord - 1; k >= args.ClauseStart(t); k--)
        {
            if (s.IsPunctuation(k) || args.IsSay(k) || _g.Is("complementizer", s[k]) || _g.Is("relative", s[k])) return false;
            if (args.IsVerbLike(k) && !_g.Is("aux", s[k]) && language.Patterns.IsTriggerWord(s[k])) return true;
        }
        return false;
    }

    /// <summary>A participle the grammar knows as an adjective (class adjective-participle) right before a word that is no
    /// preposition, complementizer, determiner or punctuation: it modifies that noun ("allied militias").</summary>
    private bool AdjectiveBeforeNoun(SentenceView s, ArgumentFinder args, int i) =>
        _g.Is("adjective-participle", s[i]) && i + 1 < s.Count && !s.IsPunctuation(i + 1) && !args.IsPreposition(s[i + 1])
        && !_g.Is("complementizer", s[i + 1]) && !_g.Is("determiner", s[i + 1]);

    /// <summary>A request or demand word (grammar class authored-noun) with no subject right before it (an actor, pronoun,
    /// auxiliary, relative, modal or "to"): the noun ("brushed aside demands"), not the verb ("the EU demands that").</summary>
    private bool AuthoredNounReading(SentenceView s, ArgumentFinder args, int i)
    {
        if (!_g.Is("authored-noun", s[i]) || i == 0) return false;
        var w = s[i - 1];
        return s.ActorAt(i - 1) is null && !_g.Is("pronoun", w) && !_g.Is("aux", w) && !_g.Is("relative", w) && !_g.Is("negator", w)
            && !_g.Is("intent", w) && !_g.Is("control-preposition", w) && !_g.Is("coordinator", w) && !_g.Is("verb-marker", w) && !s.IsPunctuation(i - 1);
    }

    /// <summary>An event noun (a noun pattern) at <paramref name="from"/>, past determiners and up to two modifiers.</summary>
    private bool EventNounAfter(SentenceView s, int from)
    {
        int k = from, modifiers = 0;
        while (k < s.Count && (_g.Is("determiner", s[k]) || modifiers < 2 && (_g.Is("event-modifier", s[k]) || s[k].Any(char.IsAsciiDigit) && char.IsLetter(s[k][^1])) && ++modifiers > 0)) k++;
        return k < s.Count && s.ActorAt(k) is null && language.Patterns.MatchesAt(s.Words, k).Any(x => x.Pattern.Kind == TriggerKind.Noun);
    }

    /// <summary>A noun right before its complement ("of", grammar class complement-preposition) and an agent phrase ("by"),
    /// in a language where such agents name the act's doer (grammar class nominal-agent-roots is set): "the arrest of a
    /// journalist by the police" is the police's act even as another verb's object.</summary>
    private bool AgentOfNoun(SentenceView s, ArgumentFinder args, int k) =>
        _g.WordsOf("nominal-agent-roots").Count > 0 && k + 1 < s.Count && _g.Is("complement-preposition", s[k + 1])
        && args.InPhrase(k + 1, WordsOf("agent-preposition"), stopAtVerb: true).Count > 0;

    /// <summary>An event noun (a noun pattern, no actor) right at <paramref name="from"/> past determiners and up to two
    /// modifiers, with no actor before it ("the detention of …", "the brutal expulsion of …").</summary>
    private bool EventNounAt(SentenceView s, int from)
    {
        int k = from;
        while (k < s.Count && _g.Is("determiner", s[k]) && s.ActorAt(k) is null) k++;
        for (int m = 0; m < 3 && k < s.Count; m++, k++)
        {
            if (s.ActorAt(k) is not null || s.IsPunctuation(k)) return false;
            if (language.Patterns.IsTriggerWord(s[k]) && language.Patterns.MatchesAt(s.Words, k).Any(x => x.Pattern.Kind == TriggerKind.Noun)) return true;
        }
        return false;
    }

    /// <summary>"( Baca juga : Polres Buru Pelaku Pembacokan ) Polisi …": a sentence opening with a cross-reference cue
    /// (grammar class <c>cross-reference</c>) and a colon quotes another article's headline, whose capitalised words
    /// report nothing here; returns the first word after the headline (0 when there is none).</summary>
    private int CrossReferenceEnd(SentenceView s)
    {
        int i = 0;
        while (i < s.Count && s[i] is "(" or "[") i++;
        if (i >= s.Count || !_g.Is("cross-reference", s[i])) return 0;
        i++;
        if (i < s.Count && s[i] == "juga") i++;
        if (i >= s.Count || s[i] != ":") return 0;
        i++;
        // the headline: capitalised words, numbers and punctuation inside it, up to a closing bracket or a lower-case word
        while (i < s.Count && s[i] is not (")" or "]") && (s.IsCapitalized(i) || s.IsPunctuation(i) && s[i] is not ("." or "(") || char.IsDigit(s[i][0]))) i++;
        return i;
    }

    /// <summary>The word before the trigger makes it a noun (phrase) head: a determiner, a preposition or a
    /// modifier ("in humanitarian aid", "the wartime abuses"), not an actor, auxiliary, coordinator or verb.</summary>
    private bool InNounPhrase(SentenceView s, ArgumentFinder args, int t)
    {
        if (t == 0) return false;
        var w = s[t - 1];
        if (_g.Is("control-preposition", w)) return false; // "untuk menuntut", "to demand": a verb
        // "marched through Lome on Saturday demanding …": a participle opening a clause of its own (ArgumentFinder.ParticipleClauseHead)
        if (_g.Is("unmarked-adverbial-participle", s[t]) && s.ActorAt(t - 1) is null) return false;
        if (_g.Is("determiner", w) || _g.Is("preposition", w)) return true;
        return !(s.ActorAt(t - 1) is not null || s.IsPunctuation(t - 1) || args.IsVerbLike(t - 1) || _g.Is("aux", w)
            || _g.Is("coordinator", w) || _g.Is("negator", w) || _g.Is("intent", w) || _g.Is("transparent", w)
            || _g.Is("control-preposition", w) || _g.Is("relative", w) || _g.Is("reciprocal", w) || _g.Is("deontic", w));
    }

    /// <summary>A bare stem is a verb only right after an actor (its subject), past auxiliaries and
    /// negators: "Polri amankan pelaku", "Kuwait juga usir dubes" — never "pukul 14.30".</summary>
    private bool RightAfterSubject(SentenceView s, int i)
    {
        int k = i - 1;
        while (k >= 0 && (_g.Is("aux", s[k]) || _g.Is("negator", s[k]) || _g.Is("intent", s[k]) || _g.Is("reciprocal", s[k]))) k--;
        return k >= 0 && s.ActorAt(k) is not null;
    }

    /// <summary>Indonesian object focus: an agent pronoun (grammar class bare-agent-pronoun) right before a bare stem, past
    /// auxiliaries, negators and intent words, is its agent: "dua pelaku kami tangkap", "yang sudah kami serahkan",
    /// "akan saya laporkan". The pronoun is read as other pronoun subjects are (a first-person one: the quote's speaker).</summary>
    /// <remarks>("saya bela - belain": a stem before a hyphen is half of a reduplicated word, no verb of its own)</remarks>
    private bool PronounAgentBefore(SentenceView s, int i) => AgentPronounIndex(s, i) >= 0 && !(i + 1 < s.Count && s[i + 1] == "-");

    /// <summary>Index of the agent pronoun before the bare stem at <paramref name="i"/> (past auxiliaries, negators, intent and
    /// transparent words: "yang sedang kita coba tarik"), or -1.</summary>
    private int AgentPronounIndex(SentenceView s, int i)
    {
        int k = i - 1;
        while (k >= 0 && (_g.Is("aux", s[k]) || _g.Is("negator", s[k]) || _g.Is("intent", s[k]) || _g.Is("transparent", s[k]))) k--;
        return k >= 0 && _g.Is("bare-agent-pronoun", s[k]) && s.ActorAt(k) is null ? k : -1;
    }

    /// <summary>The patient of an object-focus verb (<see cref="PronounAgentBefore"/>): the relative head before "yang"
    /// ("dua mobil yang kita tarik") or the actor ending right before the pronoun ("dua pelaku kami tangkap"); not a place,
    /// which sets the scene ("di Bekasi kami tangkap").</summary>
    private ActorMention? PatientBeforeAgent(SentenceView s, ArgumentFinder args, int t)
    {
        int k = AgentPronounIndex(s, t);
        if (k < 1) return null;
        var patient = args.RelativeHead(k) ?? s.ActorAt(k - 1);
        return patient is { IsPlace: false } ? patient : null;
    }

    /// <summary>A mass quantity as the object right after a killing verb, past "at least"/"more than" (grammar classes
    /// mass-quantity, quantity-hedge): a number of at least the setting mass-number (50 unless set), or a word such as "hundreds".</summary>
    // the smallest number of people whose killing is a mass killing (grammar setting mass-number, default 50)
    private long MassNumber => long.TryParse(_g.Setting("mass-number", "50"), out var n) ? n : 50;

    private bool MassQuantityAfter(SentenceView s, int after)
    {
        int k = after;
        while (k < s.Count && k < after + 3 && _g.Is("quantity-hedge", s[k])) k++;
        if (k >= s.Count) return false;
        var w = s[k].Replace(",", "").Replace(".", "");
        return _g.Is("mass-quantity", s[k]) || w.Length > 0 && w.All(char.IsAsciiDigit) && long.TryParse(w, out var n) && n >= MassNumber;
    }

    /// <summary>"will travel to Dushanbe next week to meet his Tajik counterpart and discuss …": the purpose of a planned
    /// act ("to"/"untuk" + verb, and verbs coordinated with it) is planned too.</summary>
    private bool PurposeOfIntent(SentenceView s, ArgumentFinder args, int t, int depth = 0)
    {
        if (depth > 2) return false;
        int k = t - 1, start = args.ClauseStart(t);
        while (k >= start && (_g.Is("aux", s[k]) || _g.Is("negator", s[k]))) k--;
        if (k < 0) return false;
        bool purpose = _g.Is("control-preposition", s[k]), coordinated = _g.Is("vp-coordinator", s[k]);
        if (!purpose && !coordinated) return false;
        for (int g = k - 1; g >= Math.Max(0, k - 10); g--)
        {
            // (a currency or percent sign is part of an amount: "pledged $1.2 billion to help"; where purpose-of-intent is planned)
            if (s.IsPunctuation(g) && s[g] != "," && !(s[g] is "$" or "€" or "£" or "%" && _g.Setting("purpose-of-intent", "no") == "planned")) return false;
            // "an offer by the US president to mediate": the act a noun of intent (grammar class intent-noun) is for is planned
            if (purpose && _g.Is("intent-noun", s[g])) return true;
            // "pledged $1.2 billion to help Zambia", "offered troops to protect …": what an intent verb's object is for is planned
            // too (English: grammar setting purpose-of-intent; right after the intent verb, "to" folds into it instead)
            if (purpose && g < k - 1 && _g.Is("intent", s[g]) && _g.Setting("purpose-of-intent", "no") == "planned" && args.IsVerbLike(g)) return true;
            if (!args.IsVerbLike(g) || _g.Is("transparent", s[g]) || _g.Is("intent", s[g])) continue;
            return _modal.ModalBefore(s, args, g, "intent") || PurposeOfIntent(s, args, g, depth + 1);
        }
        return false;
    }

    /// <summary>"would freeze aid to Tanzania unless …", "ready to impose a curfew if attacks spread": a condition word
    /// (grammar class conditional, not a complementizer such as "whether") after the act, before the sentence ends.</summary>
    private bool ConditionAfter(SentenceView s, int after)
    {
        for (int k = after; k < s.Count; k++)
        {
            if (s[k] is ";" or ":") return false;
            if (_g.Is("conditional", s[k]) && !_g.Is("complementizer", s[k])) return true;
        }
        return false;
    }

    /// <summary>The first actor after the predicate of the that-clause a few words after a statement ("denied that soldiers had
    /// beaten opposition supporters", "dismissed as baseless reports that its jets had crossed into Afghan airspace").</summary>
    private List<ActorMention> ContentTarget(SentenceView s, ArgumentFinder args, int after)
    {
        int that = -1;
        for (int k = after; k < s.Count && k <= after + 6 && that < 0; k++)
        {
            if (s.IsPunctuation(k) && s[k] != "," || s.ActorAt(k) is not null) return [];
            if (_g.Is("complementizer", s[k])) that = k;
        }
        if (that < 0) return [];
        int end = args.ClauseEnd(that + 1), v = that + 1;
        while (v < end && !(args.IsVerbLike(v) && !_g.Is("aux", s[v]))) v++;
        for (int k = v + 1; k < end; k++)
            if (s.ActorAt(k) is { } acted) return [acted];
        return [];
    }

    /// <summary>A that-clause right after the trigger whose subject is an actor or a pronoun and whose verb is a future (grammar
    /// class threat-modal: "would", "will"): "warned that his fighters would hit …", not "warned that the economy could slide".</summary>
    private bool ThreatenedAct(SentenceView s, ArgumentFinder args, int after)
    {
        if (ComplementizerAfter(s, args, after) is not int that) return false;
        int k = that + 1;
        while (k < s.Count && _g.Is("determiner", s[k])) k++;
        if (k >= s.Count) return false;
        // (or the speaker's own side: "his fighters", "its army" — a possessive determiner, class speaker-possessive)
        int subjectEnd = s.ActorAt(k) is { } subject ? subject.LastWord : _g.Is("pronoun", s[k]) ? k
            : that + 2 < s.Count && _g.Is("speaker-possessive", s[that + 1]) && !args.IsVerbLike(that + 2) ? that + 2 : -1;
        if (subjectEnd < 0) return false;
        for (int j = subjectEnd + 1; j < s.Count && j <= subjectEnd + 3; j++)
        {
            if (_g.Is("threat-modal", s[j])) return true;
            if (!_g.Is("aux", s[j])) return false;
        }
        return false;
    }

    /// <summary>A question word (grammar class question-word) right after the trigger or past one or two adverbs ("asked
    /// privately whether").</summary>
    private bool QuestionAfter(SentenceView s, int after)
    {
        for (int k = after; k < s.Count && k <= after + 2; k++)
        {
            if (_g.Is("question-word", s[k])) return true;
            if (s.IsPunctuation(k) || s.ActorAt(k) is not null || !s[k].EndsWith("ly", StringComparison.Ordinal)) return false;
        }
        return false;
    }

    /// <summary>The actor opening a clause of purpose right after a verb (or after a comma: "meminta, agar …"), past
    /// determiners and one head noun ("agar seluruh kader PDI-P"), with the actors coordinated with it ("agar Polri dan KPK
    /// segera menuntaskan …": each is asked), when a verb of its own follows within a few words and is not a passive di- verb.</summary>
    private List<ActorMention> PurposeSubject(SentenceView s, ArgumentFinder args, int after)
    {
        if (PurposeWordAfter(s, after, endingTrigger: true) is not int p) return [];
        int k = p + 1;
        for (int n = 0; n < 3 && k < s.Count && s.ActorAt(k) is null && !s.IsPunctuation(k) && !args.IsVerbLike(k)
                        && !args.IsPreposition(s[k]) && !_g.Is("negator", s[k]); n++) k++;
        if (k >= s.Count || s.ActorAt(k) is not { } actor) return [];
        var asked = new List<ActorMention> { actor };
        int last = actor.LastWord;
        while (last + 2 < s.Count && _g.Is("coordinator", s[last + 1]) && s.ActorAt(last + 2) is { } next)
        {
            asked.Add(next);
            last = next.LastWord;
        }
        for (int j = last + 1; j < s.Count && j <= last + 5 && !s.IsPunctuation(j); j++)
        {
            if (_g.Is("deontic", s[j])) return asked;
            if (s.ActorAt(j) is null && args.IsVerbLike(j))
                return PurposeAppeals.Passive(s[j]) ? [] : asked;
        }
        return [];
    }

    /// <summary>The purpose word ("agar", "supaya") right after a verb, or after a comma right after it, or, when
    /// <paramref name="endingTrigger"/>, ending the trigger itself ("berharap agar", "mengharapkan supaya": its subject is
    /// asked too; whether such a clause names no one is left to the fallback, which finds a fronted addressee, "Kepada para
    /// siswa, Jokowi berpesan agar …").</summary>
    private int? PurposeWordAfter(SentenceView s, int after, bool endingTrigger = false)
    {
        if (endingTrigger && after > 0 && after - 1 < s.Count && _g.Is("purpose", s[after - 1])) return after - 1;
        int p = after < s.Count && s[after] == "," ? after + 1 : after;
        return p < s.Count && _g.Is("purpose", s[p]) ? p : null;
    }

    /// <summary>A clause of purpose ("agar", "supaya") right after the verb (past a comma) that names no one who is asked:
    /// no actor in its subject, the words before its first verb ("agar semua syarat dipenuhi", "agar membawa kasus itu ke
    /// pengadilan"; not "agar kerja sama antara ASEAN dan AS …"), and no agent of a di- passive as that verb ("agar gula dibeli
    /// pemerintah"). A noun between verb and clause may be the thing asked for ("meminta bantuan agar …"), so none is skipped.</summary>
    private bool PurposeClauseAfter(SentenceView s, ArgumentFinder args, int after)
    {
        if (PurposeWordAfter(s, after) is not int k) return false;
        for (int j = k + 1; j < s.Count && j < k + 12 && !s.IsPunctuation(j); j++)
        {
            if (s.ActorAt(j) is not null) return false;
            if (!args.IsVerbLike(j)) continue;
            if (!PurposeAppeals.Passive(s[j])) return true;
            int a = j + 1 < s.Count && s[j + 1] == "oleh" ? j + 2 : j + 1;
            return !(a < s.Count && s.ActorAt(a) is not null);
        }
        return true;
    }

    /// <summary>The complementizer right after a verb, or after a short adverbial before it ("insisted on Thursday
    /// that …", "menegaskan pada Senin bahwa …"): no verb, actor or punctuation between.</summary>
    private int? ComplementizerAfter(SentenceView s, ArgumentFinder args, int after)
    {
        if (after < s.Count && _g.Is("complementizer", s[after])) return after;
        // only past a prepositional phrase ("on Thursday"); "mengecam laporan bahwa …" is the report's that-clause
        if (after >= s.Count || !_g.Is("preposition", s[after])) return null;
        for (int k = after + 1; k < s.Count - 1 && k <= after + 3; k++)
        {
            if (_g.Is("complementizer", s[k])) return k;
            if (s.IsPunctuation(k) || s.ActorAt(k) is not null || args.IsVerbLike(k)) return null;
        }
        return null;
    }
}
