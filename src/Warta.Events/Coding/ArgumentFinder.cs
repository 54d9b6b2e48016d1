using Warta.Events.Language;

namespace Warta.Events.Coding;

/// <summary>
/// A light clause analysis of one sentence: which words are clause boundaries, which sit in a prepositional
/// phrase, and from there the subject left of a predicate and the actors in its object or in a phrase
/// with given prepositions. Only closed word classes (grammar.tsv) and actor mentions are used, so it does
/// not depend on a tagger; it prefers finding nothing over guessing across a clause boundary.
/// </summary>
public sealed partial class ArgumentFinder
{
    private const int MaxObjectDistance = 15;
    private const int MaxAside = 12;
    private const int MaxExampleAside = 16;
    private readonly SentenceView _s;
    private readonly EventGrammar _g;
    private readonly EventLanguage _lang;
    private readonly bool[] _inPhrase;     // word is the preposition or inside the NP of a prepositional phrase
    private readonly int[] _phraseHead;    // index of the preposition heading the phrase, or -1
    private readonly bool[] _boundary;
    private readonly bool[] _verbLike;     // computed once: it is asked for every word many times

    public ArgumentFinder(SentenceView sentence, EventLanguage language)
    {
        _s = sentence;
        _lang = language;
        _g = language.Grammar;
        int n = sentence.Count;
        _inPhrase = new bool[n];
        _phraseHead = new int[n];
        _boundary = new bool[n];
        _verbLike = new bool[n];
        var verbCues = language.VerbCues;
        var cues = new VerbCues.Cue[n];
        for (int i = 0; i < n; i++) _sentenceCues |= cues[i] = verbCues.Of(sentence[i]);
        _cues = cues;
        for (int i = 0; i < n; i++) _verbLike[i] = ComputeVerbLike(i, cues, verbCues.DeterminerBeforeNoun);
        int head = -1;
        // the word classes are read from each word's cues (one memoised number per word), not looked up one by one
        int listTo = -1;
        for (int i = 0; i < n; i++)
        {
            // "bertemu dengan sejumlah pemimpin, antara lain Najib Razak dan …", "berkonsultasi dengan tim pemenangannya yakni PKS dan
            // Gerindra": a list opener before an actor names the members of the noun before it; it ends no clause, and a phrase
            // (with the comma before the opener) runs on over it
            if (i > listTo && ListBeforeActor(i, head >= 0, cues) is int listEnd) listTo = listEnd;
            if (i <= listTo)
            {
                _phraseHead[i] = head;
                _inPhrase[i] = head >= 0;
                continue;
            }
            var c = cues[i];
            var before = i > 0 ? cues[i - 1] : VerbCues.Cue.None;
            var after = i + 1 < n ? cues[i + 1] : VerbCues.Cue.None;
            // "Beijing bahkan menyebut …": a boundary word that is also an adverb (class aux) right after an actor
            // is that subject's adverb, not the start of a clause ("…, bahkan menyebut …" still is)
            _boundary[i] = (c & VerbCues.Cue.ClauseMark) != 0
                || (c & VerbCues.Cue.Boundary) != 0 && !((c & VerbCues.Cue.Aux) != 0 && i > 0 && sentence.ActorAt(i - 1) is not null)
                   // "have not yet detained": after a negator these boundary words are adverbs (class negator-adverb)
                   && !((before & VerbCues.Cue.Negator) != 0 && (c & VerbCues.Cue.NegatorAdverb) != 0);
            // "Jakarta (Antara) Maruf Amin meminta": a capitalised word inside a sentence is a name (the news
            // agency), not the preposition "antara"
            // "Thousands of students marched": after a quantity word (class partitive) "of" opens no phrase, its
            // noun is the head of the whole noun phrase
            bool partitive = (before & VerbCues.Cue.Partitive) != 0;
            // "killed at least four supporters", "over 100 people", "Sekitar 500 mahasiswa berunjuk rasa": a preposition
            // that hedges a quantity (class quantity-hedge) opens no phrase; its noun is the object or the subject (before a
            // number word only when it cannot address a target: "gave asylum to five aides")
            partitive |= (c & VerbCues.Cue.QuantityHedge) != 0 && i + 1 < n && ((after & (VerbCues.Cue.QuantityHedge | VerbCues.Cue.HasDigit)) != 0
                || (after & VerbCues.Cue.NumberWord) != 0 && (c & VerbCues.Cue.TargetPreposition) == 0);
            bool preposition = (c & VerbCues.Cue.Preposition) != 0;
            if (preposition && sentence.ActorAt(i) is null && !(i > 0 && sentence.IsCapitalized(i)) && !partitive) head = i;
            else if (partitive && preposition) head = -1;
            else if (head >= 0 && (!IsNounPhraseWord(i, cues) || YearThenName(i, head)) && !PlaceListComma(i, head)) head = -1;
            _phraseHead[i] = head;
            _inPhrase[i] = head >= 0;
        }
    }

    /// <summary>The last word of a list opener (grammar class list-opener) starting at <paramref name="i"/> — or, inside a phrase,
    /// right after a comma there — when an actor follows it past determiners; else null. Outside a phrase the opener neither
    /// ends the clause ("menangkap tiga orang yakni …") nor opens a phrase ("Sejumlah negara antara lain Jepang, Korea Selatan dan
    /// Australia mengecam …": the members are the subject) — except a one-word preposition, which outside a phrase compares as
    /// often as it lists ("negara neoliberal seperti Korea Selatan saja membatasi …" is no act of Korea's).</summary>
    private int? ListBeforeActor(int i, bool inPhrase, VerbCues.Cue[] cues)
    {
        int k = inPhrase && _s[i] == "," ? i + 1 : i;
        if (k >= _s.Count || _s.ActorAt(k) is not null) return null;
        int length = _g.MatchAt("list-opener", _s.Words, k);
        if (length == 0 || !inPhrase && length == 1 && (cues[k] & VerbCues.Cue.Preposition) != 0) return null;
        int j = k + length;
        while (j < _s.Count && j < k + length + 2 && _g.Is("determiner", _s[j]) && _s.ActorAt(j) is null) j++;
        // ("antara lain Perdana Menteri Malaysia Najib Razak": past a title the dictionary does not know)
        if (j < _s.Count) j = PastTitle(j, _s.Count);
        return j < _s.Count && _s.ActorAt(j) is not null ? k + length - 1 : null;
    }

    /// <summary>Some word of the sentence has <paramref name="cue"/> (<see cref="VerbCues"/>): the discourse scans
    /// pass over a sentence none of whose words starts what they look for.</summary>
    public bool SentenceHas(VerbCues.Cue cue) => (_sentenceCues & cue) != 0;
    private readonly VerbCues.Cue _sentenceCues;

    /// <summary>Word <paramref name="i"/> can start a pattern's trigger (<see cref="Patterns.PatternDictionary.IsTriggerWord"/>,
    /// read from its cues: the coder asks at every word, and this is an array read instead of a second word look-up).</summary>
    public bool StartsTrigger(int i) => (_cues[i] & VerbCues.Cue.Trigger) != 0;
    private readonly VerbCues.Cue[] _cues;

    public bool IsBoundary(int i) => _boundary[i];
    /// <summary>Word <paramref name="i"/> is a preposition or inside the noun phrase it heads.</summary>
    public bool InPrepositionalPhrase(int i) => _inPhrase[i];
    public bool IsVerbLike(int i) => _verbLike[i];

    /// <param name="cues">What each word of the sentence is on its own (<see cref="VerbCues"/>): the word classes that
    /// were looked up here one by one for every word.</param>
    private bool ComputeVerbLike(int i, VerbCues.Cue[] cues, bool determinerBeforeNoun)
    {
        var c = cues[i];
        var before = i > 0 ? cues[i - 1] : VerbCues.Cue.None;
        // "will visit", "to attack": after a verb marker (English modals and "to") a trigger word is a verb even when the
        // grammar lists it as a noun
        if ((before & VerbCues.Cue.VerbMarker) != 0 && _s.ActorAt(i) is null && (c & VerbCues.Cue.Trigger) != 0) return true;
        if (_s.ActorAt(i) is not null || (c & (VerbCues.Cue.Preposition | VerbCues.Cue.AuxOrNoun)) != 0) return false;
        // "a 10 percent pay rise", "the attack": where determiners come before nouns, a word right after a determiner or
        // a number is a noun
        if (determinerBeforeNoun && (before & (VerbCues.Cue.Determiner | VerbCues.Cue.Quantity)) != 0) return false;
        // "suami berinisial B", "pria bernama Ahmad", "pemuda berusia 20 tahun": a verb describing a noun
        if ((c & VerbCues.Cue.Describing) != 0) return false;
        // "alleged atrocities by X", "so-called militias": participles used only as adjectives before a noun (class adjective-participle)
        if ((c & VerbCues.Cue.AdjectiveParticiple) != 0 && i + 1 < _s.Count
            && (cues[i + 1] & VerbCues.Cue.Preposition) == 0 && !_s.IsPunctuation(i + 1)) return false;
        if ((before & VerbCues.Cue.AdverbMarker) != 0) return false; // "secara terbuka", "dengan tegas"
        if ((c & VerbCues.Cue.Verb) != 0) return true;
        // whether only noun or bare readings match: most trigger words decide it alone (cue bits), the rest by the next words
        return (c & VerbCues.Cue.Trigger) != 0 && (c & VerbCues.Cue.OnlyNounOrBare) == 0
            && ((c & VerbCues.Cue.VerbReading) != 0 || !IsNounTrigger(i));
    }
    public bool IsSay(int i) => _g.Is("say", _s[i]);

    /// <summary>First word of the clause holding word <paramref name="i"/>.</summary>
    public int ClauseStart(int i)
    {
        for (int k = i - 1; k >= 0; k--) if (_boundary[k]) return k + 1;
        return 0;
    }

    /// <summary>Word after the last one of the clause holding word <paramref name="i"/>.</summary>
    public int ClauseEnd(int i)
    {
        for (int k = i + 1; k < _s.Count; k++) if (_boundary[k]) return k;
        return _s.Count;
    }

    /// <summary>Actors in the object of a verb ending at word <paramref name="after"/>: the first actor
    /// mention up to the next verb or clause boundary, not in an agent ("oleh"/"by") phrase.</summary>
    public List<ActorMention> Object(int after)
    {
        int end = Math.Min(ClauseEnd(after - 1), after + MaxObjectDistance);
        // "membantah telah menyerang X", "mengancam akan menyerang X", "refused to meet X": a verb right
        // after the trigger (past auxiliaries) heads a complement clause whose object holds the target
        int k0 = after;
        while (k0 < end && (_g.Is("aux", _s[k0]) || _g.Is("intent", _s[k0]) || _g.Is("negator", _s[k0]) || _g.Is("control-preposition", _s[k0]))) k0++;
        bool embedded = k0 < end && IsVerbLike(k0) && !IsSay(k0);
        for (int i = after; i < end; i++)
        {
            if (embedded && i == k0) { embedded = false; continue; }
            // "three suspected militants", "a local mining company": a participle right before an actor modifies it
            // "pengangkatan menjadi karyawan tetap": what someone becomes is no object
            if (IsVerbLike(i) && _s.ActorAt(i + 1) is null || _g.Is("relative", _s[i]) || _g.Is("copula", _s[i])) break;
            // "menuntut penjelasan, kata Menlu Turki": a speech verb introduces the speaker, not an object
            if (i > after && IsSay(i)) break;
            // (a preposition that ends the trigger itself heads its object: "stood up for the army")
            if (_phraseHead[i] >= after && _g.Is("agent-preposition", _s[_phraseHead[i]])) continue;
            // "menuntut perbaikan jaminan untuk seluruh rakyat": whom a thing is for is not who is acted on
            if (_phraseHead[i] >= after && _g.Is("benefactive", _s[_phraseHead[i]])) continue;
            // "mengucapkan belasungkawa melalui akun Twitter": nor the channel it goes through (class channel-preposition)
            // "mendorong diplomasi terkait Korea Utara", "mengkritik kebijakan soal Palestina": nor what the thing acted on is about
            // (class topic-preposition)
            if (_phraseHead[i] >= after && (_g.Is("channel-preposition", _s[_phraseHead[i]]) || _g.Is("topic-preposition", _s[_phraseHead[i]]))) continue;
            if (_s.ActorAt(i) is { } a) return Coordinated(PossessedHead(a, end), end);
        }
        return [];
    }

    /// <summary>"called on Sudan's warring generals": in a language whose possessor comes first, an actor
    /// followed by "'s" and, a few modifier words on, another actor is that actor's possessor; the possessed
    /// one is the head of the phrase.</summary>
    private ActorMention PossessedHead(ActorMention a, int end)
    {
        if (_g.Setting("possessor", "after") != "before") return a;
        // the tokenizer may keep "Sudan's" whole or split off its "'s"
        int k = a.LastWord + 1;
        if (k < end && _s[k] is "'s" or "\u2019s") k++;
        // "the Lebanese group Hezbollah": a bare country (a demonym) before a common noun and a named actor
        else if (a.Code.Length == 3 && k + 1 < end && !_s.IsCapitalized(k) && !_s.IsPunctuation(k) && !_g.Is("determiner", _s[k])
                 && !IsPreposition(_s[k]) && !_g.Is("coordinator", _s[k]) && !IsVerbLike(k)
                 && _s.ActorAt(k + 1) is { } named && named.Code.Length > 3) return named;
        else if (!_s[a.LastWord].EndsWith("'s", StringComparison.Ordinal) && !_s[a.LastWord].EndsWith("\u2019s", StringComparison.Ordinal)) return a;
        for (int i = k; i < Math.Min(end, k + 3); i++)
        {
            // "Slovakia's prime minister, Robert Fico": the named person in apposition is the head
            if (_s[i] == "," && i + 1 < end && _s.ActorAt(i + 1) is { IsPerson: true } apposed && apposed != a) return apposed;
            // a participle right before the possessed actor modifies it ("Sudan's warring generals")
            if (_s.IsPunctuation(i) || IsPreposition(_s[i]) || IsVerbLike(i) && _s.ActorAt(i) is null && !(i + 1 < end && _s.ActorAt(i + 1) is not null)) break;
            if (_s.ActorAt(i) is { } head && head != a) return head;
        }
        return a;
    }

    /// <summary>Actors in the first phrase after <paramref name="after"/> headed by one of the prepositions.</summary>
    public List<ActorMention> InPhrase(int after, IEnumerable<string> prepositions, bool stopAtVerb = false)
    {
        var preps = prepositions as ICollection<string> ?? prepositions.ToList();
        int end = Math.Min(ClauseEnd(after - 1), after + MaxObjectDistance);
        for (int i = after; i < end; i++)
        {
            if (stopAtVerb && IsVerbLike(i) && !_g.Is("copula", _s[i])) break;
            if (_s.ActorAt(i) is { } a && _phraseHead[i] >= 0 && preps.Contains(_s[_phraseHead[i]]))
                return Coordinated(a, end);
        }
        return [];
    }

    /// <summary>In a head-first language (possessor after the noun) the actor right before another one heads
    /// the phrase: "karyawan PT Transjakarta" is the employees, "tentara Myanmar" the army. A person's name
    /// is its own head ("Ketua Fraksi Partai Gerindra Ahmad Muzani").</summary>
    private ActorMention HeadOfNounPhrase(ActorMention actor, int start)
    {
        if (_g.Setting("possessor", "after") != "after" || actor.IsPerson) return actor;
        while (true)
        {
            int k = actor.FirstWord - 1;
            // "Polres Temanggung Jawa Tengah merazia": a place closing the phrase, past a name the dictionary does not
            // know, locates the agent that opens it
            for (int skipped = 0; actor.IsPlace && skipped < 2 && k > start && _s.ActorAt(k) is null && _s.IsCapitalized(k) && !_inPhrase[k]
                 && !_s.IsPunctuation(k); skipped++)
                k--;
            if (k < start || _s.ActorAt(k) is not { } before || before == actor || _inPhrase[k]) return actor;
            actor = before;
        }
    }

    /// <summary>Actors in the noun phrase right after word <paramref name="after"/> (no preposition before
    /// them): "pengusiran delapan warga Rusia" → Rusia.</summary>
    /// <param name="samePhrase">The noun heads a prepositional phrase itself ("tewas dalam serangan ISIS"):
    /// its complement is inside that phrase.</param>
    public List<ActorMention> Complement(int after, bool samePhrase = false)
    {
        int end = Math.Min(ClauseEnd(after - 1), after + 6);
        // "dalam kunjungan Raja Salman ke Indonesia": a noun inside a prepositional phrase keeps its own
        // complement, which shares that phrase
        int ownPhrase = after > 0 && _inPhrase[after - 1] ? _phraseHead[after - 1] : -1;
        for (int i = after; i < end; i++)
        {
            if (_inPhrase[i] && !samePhrase && _phraseHead[i] != ownPhrase || IsVerbLike(i) || _s.IsPunctuation(i) && _s[i] is not ("(" or ")")) break;
            if (_s.ActorAt(i) is { } a) return Coordinated(PossessedHead(a, end), end);
        }
        return [];
    }


    /// <summary>The agent written right after an Indonesian di- verb without "oleh" ("ditahan otoritas
    /// Mesir", "dipegangi polisi"): an actor within three words, no punctuation or preposition before it;
    /// "dan" joins a second one.</summary>
    public List<ActorMention> BareAgent(int after)
    {
        int end = Math.Min(ClauseEnd(after - 1), after + 3);
        for (int i = after; i < end; i++)
        {
            if (_inPhrase[i] || IsVerbLike(i) || _s.IsPunctuation(i)) break;
            if (_s.ActorAt(i) is not { } a) continue;
            var list = new List<ActorMention> { a };
            int c = a.LastWord + 1;
            if (c + 1 < _s.Count && _g.Is("coordinator", _s[c]) && _s.ActorAt(c + 1) is { } b) list.Add(b);
            return list;
        }
        return [];
    }

    /// <summary>"diharapkan PBB bisa merespons …": the actor right after word <paramref name="after"/> (past determiners) when an
    /// auxiliary, intent word, negator or verb follows it — the subject of a clause that opens there, not an agent; else null.</summary>
    public ActorMention? ClauseSubjectAfter(int after)
    {
        int i = after;
        while (i < _s.Count && _g.Is("determiner", _s[i]) && _s.ActorAt(i) is null) i++;
        if (_s.ActorAt(i) is not { } a || _inPhrase[i]) return null;
        int k = a.LastWord + 1;
        if (k >= _s.Count) return null;
        var w = _s[k];
        return _g.Is("aux", w) || _g.Is("intent", w) || _g.Is("negator", w) || IsVerbLike(k) && !IsSay(k) ? a : null;
    }

    /// <summary>"menolak usulan yang diajukan DPR", "menggugurkan praperadilan yang diajukan Setya Novanto": the agent
    /// of a passive relative clause on the object (its "oleh X" or the actor right after the verb) — who made the
    /// thing acted on. Only within the object's own clause, before any other actor.</summary>
    public List<ActorMention> RelativeAuthor(int after)
    {
        int end = Math.Min(ClauseEnd(after - 1), after + MaxObjectDistance);
        for (int i = after; i + 1 < end; i++)
        {
            if (_s.ActorAt(i) is not null || _s.IsPunctuation(i)) return [];
            if (!_g.Is("relative", _s[i])) continue;
            int v = i + 1;
            while (v < _s.Count && (_g.Is("aux", _s[v]) || _g.Is("negator", _s[v]))) v++;
            if (v >= _s.Count || !_lang.Morphology.LooksPassive(_s[v])) return [];
            var agent = InPhrase(v + 1, _g.WordsOf("agent-preposition"));
            return agent.Count > 0 ? agent : BareAgent(v + 1);
        }
        return [];
    }

    /// <summary>"mahasiswa Indonesia yang ditahan …", "Belarusia, yang didukung oleh …": the actor heading a relative clause whose verb is at
    /// <paramref name="t"/> (past auxiliaries), even inside a prepositional phrase; null when the clause
    /// is not relative or its head is no actor.</summary>
    public ActorMention? RelativeHead(int t) => RelativeWordBefore(t) is int k ? HeadBeforeRelative(k) : null;

    /// <summary>True when the verb at <paramref name="t"/> opens a relative clause ("yang dikuasai …").</summary>
    public bool AfterRelative(int t) => RelativeWordBefore(t) is not null;

    /// <summary>Index of "yang"/"which" right before the verb at <paramref name="t"/>, past auxiliaries and negators.</summary>
    public int? RelativeWordBefore(int t)
    {
        int k = t - 1;
        while (k >= 0 && (_g.Is("aux", _s[k]) || _g.Is("negator", _s[k]))) k--;
        return k >= 0 && _g.Is("relative", _s[k]) ? k : null;
    }

    /// <summary>English possessor before a noun: "Russia's expulsion", "Russian attack".</summary>
    public ActorMention? PossessorBefore(int noun)
    {
        int k = noun - 1;
        while (k >= 0 && (_g.Is("determiner", _s[k]) || _s[k] is "'s" or "’s" or "'")) k--;
        // ("against the president's veto": a possessor marked by "'s" inside a phrase is still the noun's possessor)
        bool marked = k + 1 < noun && _s[k + 1] is "'s" or "’s" or "'";
        return k >= 0 && k >= noun - 3 && (!_inPhrase[k] || marked) ? _s.ActorAt(k) : null;
    }

    private List<ActorMention> Coordinated(ActorMention first, int end)
    {
        var list = new List<ActorMention> { first };
        int i = first.LastWord + 1;
        // a list runs on to its last member even past the reach of the search for its first ("bertemu dengan sejumlah pemimpin,
        // antara lain Perdana Menteri Malaysia Najib Razak dan Presiden Filipina Rodrigo Duterte"): it is closed by its own words
        end = Math.Max(end, ClauseEnd(first.LastWord));
        while (i + 1 < end && (_g.Is("coordinator", _s[i]) || _s[i] == ","))
        {
            int n = i + 1;
            while (n < end - 1 && _g.Is("determiner", _s[n]) && _s.ActorAt(n) is null) n++;
            n = PastTitle(n, end);
            if (_s.ActorAt(n) is not { } next) break;
            // "will send more weapons to Ukraine, the Pentagon said": an actor after a comma and before a speech verb is the
            // speaker of the sentence, not one more in the list
            if (_s[i] == "," && next.LastWord + 1 < _s.Count && IsSay(next.LastWord + 1)) break;
            list.Add(next);
            i = next.LastWord + 1;
        }
        return list;
    }

    /// <summary>"dengan Menko Polhukam Luhut Pandjaitan dan Panglima Tentara Nasional Indonesia Gatot Nurmantyo", "Presiden AS
    /// Donald Trump dan Menlu Inggris Boris Johnson": after a coordinator, a title the dictionary does not know as an actor (a few
    /// capitalised words, a country among them) before a named person is that person's; the person is the next in the list.
    /// Returns the person's first word, or <paramref name="n"/> when no person follows such a title.</summary>
    private int PastTitle(int n, int end)
    {
        if (_s.ActorAt(n) is { IsPerson: true } || !_s.IsCapitalized(n)) return n;
        for (int k = n; k < end && k < n + MaxTitleWords; k++)
        {
            if (_s.ActorAt(k) is { IsPerson: true }) return k;
            if (_s.IsPunctuation(k) || !_s.IsCapitalized(k) || _s.ActorAt(k) is { } a && !(a.IsPlace || a.Code.Length == 3)) return n;
            if (_s.ActorAt(k) is { } place) k = place.LastWord;
        }
        return n;
    }

    /// <summary>How many words a title before a person's name may have (<see cref="PastTitle"/>).</summary>
    private const int MaxTitleWords = 6;

    public bool IsPreposition(string w) =>
        _g.Is("preposition", w) || _g.Is("agent-preposition", w) || _g.Is("target-preposition", w);

    /// <summary>"di Desa Tumbang, Kecamatan Telaga Antang, Kalimantan Tengah, membacok": a comma before a
    /// place (or a capitalised administrative unit, class <c>place-noun</c>) inside a place phrase continues
    /// the place (the province is no subject).</summary>
    private bool PlaceListComma(int i, int head) =>
        _s[i] == "," && _g.Is("place-preposition", _s[head]) && i + 1 < _s.Count
        && (_s.ActorAt(i + 1) is { IsPlace: true } || _g.Is("place-noun", _s[i + 1]) && _s.IsCapitalized(i + 1));

    /// <summary>"In 1994 Hutu extremist militias slaughtered …": where determiners come before nouns (English), a phrase whose
    /// object is a year ends before a capitalised word; that word starts the subject.</summary>
    private bool YearThenName(int i, int head) =>
        i == head + 2 && _s[i - 1].Length == 4 && _s[i - 1].All(char.IsAsciiDigit) && _s.IsCapitalized(i)
        && _g.Setting("possessor", "after") == "before";

    private bool IsNounPhraseWord(int i, VerbCues.Cue[] cues)
    {
        var w = _s[i];
        if (_s.ActorAt(i) is not null) return true;
        if (w is "(" or ")" or "/" or "-") return true;
        if (_s.IsPunctuation(i) || _boundary[i] || (cues[i] & (VerbCues.Cue.Relative | VerbCues.Cue.Aux | VerbCues.Cue.Negator)) != 0) return false;
        if ((cues[i] & VerbCues.Cue.Coordinator) != 0) return i + 1 < _s.Count && _s.ActorAt(i + 1) is not null;
        return !IsVerbLike(i);
    }

    /// <summary>Only noun or bare-stem readings ("kritik", "tangkap"): such a word does not end a noun phrase.</summary>
    private bool IsNounTrigger(int i) =>
        _lang.Patterns.OnlyNounOrBareAt(_s.Words, i);
}
