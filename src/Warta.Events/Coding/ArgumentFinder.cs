using Warta.Events.Language;

namespace Warta.Events.Coding;

/// <summary>
/// A light clause analysis of one sentence: which words are clause boundaries, which sit in a prepositional
/// phrase, and from there the subject left of a predicate and the actors in its object or in a phrase
/// with given prepositions. Only closed word classes (grammar.tsv) and actor mentions are used, so it does
/// not depend on a tagger; it prefers finding nothing over guessing across a clause boundary.
/// </summary>
public sealed class ArgumentFinder
{
    private const int MaxObjectDistance = 15;
    private const int MaxAside = 10;
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
        for (int i = 0; i < n; i++) _verbLike[i] = ComputeVerbLike(i);
        int head = -1;
        for (int i = 0; i < n; i++)
        {
            var w = sentence[i];
            _boundary[i] = w is ";" or ":" || _g.Is("boundary", w) || _g.Is("complementizer", w);
            // "Jakarta (Antara) Maruf Amin meminta": a capitalised word inside a sentence is a name (the news
            // agency), not the preposition "antara"
            // "Thousands of students marched": after a quantity word (class partitive) "of" opens no phrase, its
            // noun is the head of the whole noun phrase
            bool partitive = i > 0 && _g.Is("partitive", sentence[i - 1]);
            if (IsPreposition(w) && sentence.ActorAt(i) is null && !(i > 0 && sentence.IsCapitalized(i)) && !partitive) head = i;
            else if (partitive && IsPreposition(w)) head = -1;
            else if (head >= 0 && !IsNounPhraseWord(i) && !PlaceListComma(i, head)) head = -1;
            _phraseHead[i] = head;
            _inPhrase[i] = head >= 0;
        }
    }

    public bool IsBoundary(int i) => _boundary[i];
    /// <summary>Word <paramref name="i"/> is a preposition or inside the noun phrase it heads.</summary>
    public bool InPrepositionalPhrase(int i) => _inPhrase[i];
    public bool IsVerbLike(int i) => _verbLike[i];

    private bool ComputeVerbLike(int i)
    {
        var w = _s[i];
        if (_s.ActorAt(i) is not null || IsPreposition(w) || _g.Is("aux", w) || _g.Is("noun", w)) return false;
        // "suami berinisial B", "pria bernama Ahmad", "pemuda berusia 20 tahun": a verb describing a noun
        if (_g.Is("describing-verb", w)) return false;
        if (i > 0 && _g.Is("adverb-marker", _s[i - 1])) return false; // "secara terbuka", "dengan tegas"
        if (_lang.Morphology.LooksLikeVerb(w) || _g.Is("verb", w)) return true;
        return _lang.Patterns.IsTriggerWord(w) && !IsNounTrigger(i);
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

    /// <summary>
    /// The subject actors of a predicate at word <paramref name="t"/>: the nearest actor mention to the left
    /// that is not inside a prepositional phrase, skipping auxiliaries, parentheticals, relative clauses and
    /// control verbs ("berusaha", "plans to"); coordinated actors ("X dan Y") are all returned. A pronoun
    /// subject in the complement of a reporting verb takes that verb's subject.
    /// </summary>
    public List<ActorMention> Subject(int t, int depth = 0)
    {
        var found = new List<ActorMention>();
        int start = ClauseStart(t);
        bool passedNoun = false;
        if (depth < 3 && ElidedAfterCoordinator(t, start) is int shared) return Subject(shared, depth + 1);
        for (int i = t - 1; i >= start; i--)
        {
            var w = _s[i];
            var actor = _s.ActorAt(i);
            // "Pejabat itu, sebagaimana diberitakan Xinhua, mendesak", "Argo, saat dikonfirmasi, mengatakan":
            // a comma-enclosed aside between subject and verb is skipped (even when it opens a clause)
            if (w == "," && Aside(i) is int open)
            {
                i = open;
                if (open <= start) start = ClauseStart(open);
                continue;
            }
            // "Tujuh ormas itu, kata Yusri, berunjuk rasa": a parenthetical attribution is not the subject
            // (closed by a comma too: in "X, Ikhsan, mengatakan pemerintah harus …" the actor after the verb is its object)
            if (actor is not null && actor.FirstWord >= 2 && IsSay(actor.FirstWord - 1) && _s[actor.FirstWord - 2] == ","
                && actor.LastWord + 1 < _s.Count && _s[actor.LastWord + 1] == ",")
            {
                i = actor.FirstWord - 1;
                continue;
            }
            if (actor is not null && !_inPhrase[i])
            {
                bool titlesBefore = _g.Setting("possessor", "after") == "before";
                actor = HeadOfNounPhrase(actor, start);
                found.Add(actor);
                i = actor.FirstWord;
                // coordination: "Rusia dan China", "Rusia, China dan Iran". A comma joins only in a list that ends
                // with a coordinator ("DKI Jakarta, Habib Muchsin" is a title phrase and its name), or after a place
                // that locates the subject before it ("Polsek Dolok Masihul, Serdang Bedagai, Sumatera Utara,
                // menangkap": the places are dropped when an actor that is no place heads the list)
                bool listed = false;
                var locating = new List<ActorMention>();
                while (true)
                {
                    int c = i - 1;
                    // "Rwandan President Paul Kagame and Congolese President Felix Tshisekedi": where titles come
                    // before names (possessor-before languages), the capitalized title words are skipped too
                    while (c > start && (_g.Is("determiner", _s[c]) || titlesBefore && _s.IsCapitalized(c))) c--;
                    if (c - 1 < start) break;
                    bool comma = _s[c] == ",";
                    if (!(_g.Is("coordinator", _s[c]) || comma && (listed || Locates(found[^1])))) break;
                    if (comma && !listed) locating.Add(found[^1]);
                    else listed = true;
                    int prev = c - 1;
                    while (prev > start && _g.Is("determiner", _s[prev]) && _s.ActorAt(prev) is null) prev--;
                    if (_s.ActorAt(prev) is not { } more || _inPhrase[prev]) break;
                    found.Add(more);
                    i = more.FirstWord;
                }
                if (locating.Count > 0 && found.Any(a => !Locates(a))) found.RemoveAll(locating.Contains);
                return found;
            }
            if (_g.Is("control-preposition", w) && i - 1 >= start)
            {
                // "keputusan Rusia untuk menutup": the control noun's actor; "X mengesahkan resolusi Y
                // untuk menjatuhkan": the subject of the verb that "untuk" depends on
                if (ControlNounActor(i - 1, start) is { } ctrl) return [ctrl];
                for (int v = i - 1; v >= start; v--)
                    if (IsVerbLike(v) && !_g.Is("transparent", _s[v])) return depth < 3 ? Subject(v, depth + 1) : found;
            }
            if (_inPhrase[i] || _s.IsPunctuation(i) && w != "," || _g.Is("aux", w) || _g.Is("negator", w)
                || _g.Is("intent", w) || _g.Is("transparent", w) || _g.Is("negating-verb", w) || _g.Is("determiner", w)) continue;
            if (w == ",") { if (passedNoun) break; continue; }
            if (_g.Is("pronoun", w))
            {
                var governing = depth < 2 ? SubjectOfGoverningSay(t, depth) : [];
                if (governing.Count > 0) return governing;
                bool person = _g.Is("pronoun-person", w), group = _g.Is("pronoun-group", w), plural = _g.Is("pronoun-plural", w);
                if (plural) return _s.ResolvePronoun(i, person: false, places: false) is { } p ? [p] : [];
                return (person || group) && _s.ResolvePronoun(i, person) is { } r ? [r] : [];
            }
            if (_g.Is("relative", w)) { passedNoun = false; continue; }
            if (IsVerbLike(i))
            {
                if (IsSay(i)) return depth < 2 ? Subject(i, depth + 1) : found;
                if (RelativeBefore(i, start) is int rel) { i = rel; continue; }
                break;
            }
            passedNoun = true;
        }
        if (found.Count == 0 && depth < 2 && start > 0 && _g.Is("complementizer", _s[start - 1]))
            return SubjectOfGoverningSay(t, depth);
        if (found.Count == 0 && depth < 3 && SubjectOfMainClause(t, start) is int main) return Subject(main, depth + 1);
        return found;
    }

    /// <summary>A place, or a bare country code (the tagger may type "Serdang Bedagai" a person): where, not who.</summary>
    private static bool Locates(ActorMention a) => a.IsPlace || a.Code.Length == 3;

    /// <summary>"Novanto tidak memenuhi panggilan KPK setelah ditetapkan sebagai tersangka": a predicate that
    /// opens a subordinate clause (grammar class <c>shared-subject</c>: setelah, sebelum, sambil) with no subject
    /// of its own shares the subject of the main clause's verb before it; returns that verb's index.</summary>
    private int? SubjectOfMainClause(int t, int start)
    {
        if (start < 2 || !_g.Is("shared-subject", _s[start - 1])) return null;
        for (int k = start; k < t; k++)
            if (!(_g.Is("aux", _s[k]) || _g.Is("negator", _s[k]) || _g.Is("intent", _s[k]) || _g.Is("transparent", _s[k]))) return null;
        for (int v = start - 2; v >= 0; v--)
        {
            if (_s.IsPunctuation(v) && _s[v] != ",") return null;
            if (IsVerbLike(v) && !IsSay(v)) return v;
        }
        return null;
    }

    /// <summary>The opening comma of an aside that the comma at <paramref name="close"/> ends: the words
    /// between start with an aside opener ("sebagaimana", "saat", "menurut", "as", "when") and there is
    /// a word before the opening comma (the subject); null when the comma closes no aside.</summary>
    private int? Aside(int close)
    {
        for (int p = close - 1; p >= 1 && p >= close - MaxAside; p--)
        {
            if (_s[p] != ",") continue;
            return p + 1 < close && _g.Is("aside-opener", _s[p + 1]) ? p : null;
        }
        return null;
    }

    /// <summary>The subject of the reporting verb that word <paramref name="t"/>'s clause depends on
    /// ("Retno menambahkan, …", "Amin mengatakan bahwa …", "…, kata Amin"), or none.</summary>
    public List<ActorMention> GoverningSpeaker(int t)
    {
        var before = SubjectOfGoverningSay(t, 0);
        if (before.Count > 0) return before;
        // a reporting verb after the clause: "… harus dihormati, kata Retno" / "ujar X" (speaker after it)
        for (int k = t + 1; k < _s.Count; k++)
        {
            // only a verb that closes the quote ("…, kata X", "…," ujar X): "DPRK harus memastikan bahwa AS …" has
            // "memastikan" inside the clause, not a speaker after it
            if (!IsSay(k) || !AfterClosingPunctuation(k)) continue;
            for (int j = k + 1; j < _s.Count && j <= k + 8; j++)
                if (_s.ActorAt(j) is { } a) return [a];
            return Subject(k, 1);
        }
        return [];
    }

    private bool AfterClosingPunctuation(int k)
    {
        int j = k - 1;
        while (j >= 0 && _s[j] is "\"" or "\u201d" or "\u201c" or "'" or "\u2019") j--;
        return j >= 0 && (_s[j] == "," || j < k - 1);
    }

    /// <summary>"ditarik Satpol PP dan dihajar beramai-ramai": a passive right after a coordinator shares the
    /// agent of the passive before it; null when there is none.</summary>
    public List<ActorMention> SharedAgent(int t, IEnumerable<string> agentPrepositions, bool bareAgent)
    {
        if (ElidedAfterCoordinator(t, ClauseStart(t)) is not int v || !_lang.Morphology.LooksPassive(_s[v])) return [];
        var agent = InPhrase(v + 1, agentPrepositions);
        return agent.Count == 0 && bareAgent ? BareAgent(v + 1) : agent;
    }

    /// <summary>"X menuntut legalisasi cantrang serta mendesak Presiden …", "… mengunjungi kantor polisi,
    /// tetapi belum bisa menemui …", "…, sekaligus mengecam …": a predicate right after a coordinating
    /// word (past auxiliaries) shares the subject of the verb before it; returns that verb's index.</summary>
    private int? ElidedAfterCoordinator(int t, int start)
    {
        int k = t - 1;
        while (k >= start && (_g.Is("aux", _s[k]) || _g.Is("negator", _s[k]) || _g.Is("intent", _s[k]) || _g.Is("transparent", _s[k]))) k--;
        int c = k >= start ? k : start - 1; // the coordinator is in the clause or is the boundary before it
        if (c < 0 || !_g.Is("vp-coordinator", _s[c])) return null;
        // "meminta pemerintah mengakhiri operasi dan meminta pertanggungjawaban": the same verb again
        // continues the earlier one, not the verb of its complement
        for (int v = c - 1; v >= 0; v--)
            if (_s[v] == _s[t] && !_g.Is("relative", v > 0 ? _s[v - 1] : "")) return v;
        for (int v = c - 1; v >= 0; v--)
            if (IsVerbLike(v) && !IsSay(v) && !_g.Is("relative", v > 0 ? _s[v - 1] : "")) return v;
        return null;
    }

    private List<ActorMention> SubjectOfGoverningSay(int t, int depth)
    {
        for (int k = t - 1; k >= 0; k--)
            if (IsSay(k) || _g.Is("complementizer", _s[k]) && k > 0 && IsVerbLike(k - 1))
            {
                int verb = IsSay(k) ? k : k - 1;
                return Subject(verb, depth + 1);
            }
        return [];
    }

    /// <summary>"yang tergabung dalam …": the verb at <paramref name="v"/> is in a relative clause; returns
    /// the index of "yang" so the subject search continues before it.</summary>
    private int? RelativeBefore(int v, int start)
    {
        for (int k = v - 1; k >= start && k >= v - 3; k--)
        {
            if (_g.Is("relative", _s[k])) return k;
            if (!_g.Is("aux", _s[k]) && !_g.Is("negator", _s[k])) return null;
        }
        return null;
    }

    /// <summary>"keputusan Rusia untuk menutup": the actor of a control noun right before "untuk"/"to".</summary>
    private ActorMention? ControlNounActor(int i, int start)
    {
        for (int k = i; k >= start && k >= i - 4; k--)
        {
            if (_g.Is("control-noun", _s[k]))
            {
                for (int j = k + 1; j <= i; j++) if (_s.ActorAt(j) is { } a) return a;
                for (int j = k - 1; j >= start && j >= k - 2; j--) if (_s.ActorAt(j) is { } a && _g.Setting("possessor", "after") == "before") return a;
                return null;
            }
        }
        return null;
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
            if (_phraseHead[i] >= 0 && _g.Is("agent-preposition", _s[_phraseHead[i]])) continue;
            // "menuntut perbaikan jaminan untuk seluruh rakyat": whom a thing is for is not who is acted on
            if (_phraseHead[i] >= 0 && _g.Is("benefactive", _s[_phraseHead[i]])) continue;
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
        while (actor.FirstWord - 1 >= start && _s.ActorAt(actor.FirstWord - 1) is { } before && before != actor && !_inPhrase[actor.FirstWord - 1])
            actor = before;
        return actor;
    }

    /// <summary>"pertemuan antara pimpinan KPK dengan Kapolri", "clashes between A and B": the actors of
    /// a between-phrase right after the trigger, joined by coordinators or "dengan"/"with".</summary>
    public List<ActorMention> BetweenSides(int after)
    {
        if (after >= _s.Count || !_g.Is("between", _s[after])) return [];
        int end = Math.Min(ClauseEnd(after), after + MaxObjectDistance);
        // One actor per side, its first ("pasukan pemerintah" is one side, not the army and the
        // government); a place after a preposition ("… di Sudan Selatan") is where, not a side.
        var sides = new List<ActorMention>();
        bool sideTaken = false;
        for (int i = after + 1; i < end; i++)
        {
            var w = _s[i];
            if (IsVerbLike(i)) break;
            if (_g.Is("coordinator", w) || w == "," || _g.Is("between-joiner", w)) { sideTaken = false; continue; }
            if (_g.Is("preposition", w)) break;
            if (_s.ActorAt(i) is { } a)
            {
                if (!sideTaken && sides.All(x => x.Code != a.Code)) sides.Add(a);
                sideTaken = true;
                i = a.LastWord;
            }
        }
        return sides;
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

    /// <summary>"mahasiswa Indonesia yang ditahan …": the actor heading a relative clause whose verb is at
    /// <paramref name="t"/> (past auxiliaries), even inside a prepositional phrase; null when the clause
    /// is not relative or its head is no actor.</summary>
    public ActorMention? RelativeHead(int t) => RelativeWordBefore(t) is int k && k >= 1 ? _s.ActorAt(k - 1) : null;

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
        return k >= 0 && k >= noun - 3 && !_inPhrase[k] ? _s.ActorAt(k) : null;
    }

    private List<ActorMention> Coordinated(ActorMention first, int end)
    {
        var list = new List<ActorMention> { first };
        int i = first.LastWord + 1;
        while (i + 1 < end && (_g.Is("coordinator", _s[i]) || _s[i] == ","))
        {
            int n = i + 1;
            while (n < end - 1 && _g.Is("determiner", _s[n]) && _s.ActorAt(n) is null) n++;
            if (_s.ActorAt(n) is not { } next) break;
            list.Add(next);
            i = next.LastWord + 1;
        }
        return list;
    }

    private bool IsPreposition(string w) =>
        _g.Is("preposition", w) || _g.Is("agent-preposition", w) || _g.Is("target-preposition", w);

    /// <summary>"di Desa Tumbang, Kecamatan Telaga Antang, Kalimantan Tengah, membacok": a comma before a
    /// place (or a capitalised administrative unit, class <c>place-noun</c>) inside a place phrase continues
    /// the place (the province is no subject).</summary>
    private bool PlaceListComma(int i, int head) =>
        _s[i] == "," && _g.Is("place-preposition", _s[head]) && i + 1 < _s.Count
        && (_s.ActorAt(i + 1) is { IsPlace: true } || _g.Is("place-noun", _s[i + 1]) && _s.IsCapitalized(i + 1));

    private bool IsNounPhraseWord(int i)
    {
        var w = _s[i];
        if (_s.ActorAt(i) is not null) return true;
        if (w is "(" or ")" or "/" or "-") return true;
        if (_s.IsPunctuation(i) || _boundary[i] || _g.Is("relative", w) || _g.Is("aux", w) || _g.Is("negator", w)) return false;
        if (_g.Is("coordinator", w)) return i + 1 < _s.Count && _s.ActorAt(i + 1) is not null;
        return !IsVerbLike(i);
    }

    /// <summary>Only noun or bare-stem readings ("kritik", "tangkap"): such a word does not end a noun phrase.</summary>
    private bool IsNounTrigger(int i) =>
        _lang.Patterns.MatchesAt(_s.Words, i).All(m => m.Pattern.Kind == Patterns.TriggerKind.Noun || m.Voice == Voice.Bare);
}
