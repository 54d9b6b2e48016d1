namespace Warta.Events.Coding;

/// <summary>Subject shapes that <see cref="ArgumentFinder.Subject"/> tries when its plain leftward search finds no actor:
/// a long apposition after a sentence-opening actor, a role named after a pronoun, an organisation a relative clause says
/// the subject noun belongs to, a sentence-opening "dari" phrase as the doer, and the subject of an earlier verb a
/// comma-coordinated predicate continues. Each is switched on by its grammar class or setting (data/&lt;lang&gt;/events/grammar.tsv),
/// so a language without them is unchanged.</summary>
public sealed partial class ArgumentFinder
{
    /// <summary>How many words an apposition between a sentence-opening actor and its predicate may take.</summary>
    private const int MaxApposition = 25;

    /// <summary>"Mugabe, sasaran hukuman Barat setelah tuduhan … dari pemilik putihnya, senantiasa menuduh MDC": an actor opening
    /// the sentence (only title words or determiners before it) and closed by a comma, then one stretch with no other punctuation
    /// and no speech verb (an apposition or a relative clause, however long), then a comma right before the predicate at
    /// <paramref name="t"/> (past auxiliaries): the actor is its subject (grammar setting initial-apposition-subject = yes).
    /// Datelines ("Jakarta, CNN Indonesia - -") carry other punctuation and are no such stretch.</summary>
    private ActorMention? InitialApposition(int t)
    {
        if (_g.Setting("initial-apposition-subject", "no") != "yes") return null;
        int close = t - 1;
        while (close >= 0 && (_g.Is("aux", _s[close]) || _g.Is("negator", _s[close]) || _g.Is("intent", _s[close])
                              || _g.Is("transparent", _s[close]) || _g.Is("time-word", _s[close]))) close--;
        if (close < 3 || _s[close] != ",") return null;
        int open = -1;
        for (int k = 0; k < close; k++) if (_s[k] == ",") { open = k; break; }
        if (open < 1 || close - open < 3 || close - open > MaxApposition + 1) return null;
        if (NamedTitleHead(open, close) is { } titled) return titled;
        if (_s.ActorAt(open - 1) is not { } actor || _inPhrase[actor.LastWord]) return null;
        // the words before the actor are its title ("Presiden Zimbabwe"), no preposition, verb or clause word
        for (int k = 0; k < actor.FirstWord; k++)
            if (_s.ActorAt(k) is null && !(_g.Is("determiner", _s[k]) || _s.IsCapitalized(k)) || IsPreposition(_s[k]) || IsVerbLike(k) || _boundary[k])
                return null;
        for (int k = open + 1; k < close; k++)
            if (_s.IsPunctuation(k) || IsSay(k)) return null;
        return actor;
    }

    /// <summary>"Saya sebagai Menko Polhukam mengimbau …", "kami selaku kuasa hukum …": the actor a role preposition (grammar class
    /// role-preposition) names right after a pronoun is who the pronoun is.</summary>
    private ActorMention? RoleAfterPronoun(int pronoun)
    {
        int k = pronoun + 1;
        if (k + 1 >= _s.Count || !_g.Is("role-preposition", _s[k])) return null;
        while (k + 1 < _s.Count && _g.Is("determiner", _s[k + 1]) && _s.ActorAt(k + 1) is null) k++;
        return _s.ActorAt(k + 1) is { } role && !Locates(role) ? role : null;
    }

    /// <summary>The phrase holding word <paramref name="i"/> names whom a subject noun with no actor acts for: "Pengamat politik
    /// dari UNJ" (a member preposition right after the noun), or "Puluhan orang yang mengaku dari Forum …", "warga yang tergabung
    /// dalam Aliansi …" (any preposition after a relative and a verb of belonging, grammar class member-verb).</summary>
    private bool MemberPhrase(int i, int start)
    {
        int p = _phraseHead[i];
        if (p <= start) return false;
        bool plainNounBefore = _s.ActorAt(p - 1) is null && !_inPhrase[p - 1] && !IsVerbLike(p - 1);
        if (_g.Is("member-preposition", _s[p]) && plainNounBefore) return true;
        // "fraksi-fraksi di Komisi III", "mahasiswa di Universitas Indonesia": an organisation right after this preposition
        // ("di sekitar Gedung DPR", "di depan Mabes Polri" say where)
        if (_g.Is("adjacent-member-preposition", _s[p]) && plainNounBefore && _s.ActorAt(p + 1) is { } adjacent && adjacent.FirstWord == p + 1) return true;
        int v = p - 1;
        while (v > start && (_g.Is("aux", _s[v]) || _g.Is("negator", _s[v]))) v--;
        return _g.Is("member-verb", _s[v]) && v - 1 > start && _g.Is("relative", _s[v - 1]) && _s.ActorAt(v - 2) is null;
    }

    /// <summary>"Dari Kementerian Agama memberikan sumbangan …", "Dari pihak kepolisian menyatakan …": an organisation right
    /// after a member preposition (past determiners) opening the clause, with no comma before the active predicate, is its doer
    /// (grammar setting initial-member-subject = yes); a place there ("Dari Jakarta menuju …") says where from.</summary>
    private bool InitialMemberSubject(ActorMention actor, int t, int start)
    {
        int p = _phraseHead[actor.LastWord];
        if (p != LeadingAuxEnd(start) || !_g.Is("member-preposition", _s[p]) || Locates(actor)
            || _g.Setting("initial-member-subject", "no") != "yes" || !ActiveVerb(_s[t])) return false;
        for (int k = p + 1; k < actor.FirstWord; k++)
            if (!_g.Is("determiner", _s[k])) return false;
        return ChainWordsBetween(actor.LastWord, t);
    }

    /// <summary>"Tiongkok menumpas aksi kekerasan … setelah serangkaian serangan mematikan di daerah itu, dan telah mengeksekusi
    /// 13 orang": when the verb right before a comma and coordinator has no subject of its own (it sits in a subordinate clause),
    /// the coordinated predicate continues an earlier verb of the sentence; returns the subject of the nearest earlier verb
    /// that has one (grammar setting comma-coordinated-subject = earlier).</summary>
    private List<ActorMention> EarlierCoordinatedSubject(int t, int shared, int depth)
    {
        if (_g.Setting("comma-coordinated-subject", "no") != "earlier") return [];
        int c = t - 1;
        while (c >= 0 && (_g.Is("aux", _s[c]) || _g.Is("negator", _s[c]) || _g.Is("intent", _s[c]) || _g.Is("transparent", _s[c]))) c--;
        if (c < 1 || !_g.Is("vp-coordinator", _s[c]) || _s[c - 1] != ",") return [];
        for (int v = shared - 1; v >= 0; v--)
        {
            if (_s.IsPunctuation(v) && _s[v] != ",") return [];
            if (!IsVerbLike(v) || IsSay(v) || v > 0 && _g.Is("relative", _s[v - 1])) continue;
            var subject = Subject(v, depth + 1);
            if (subject.Count > 0) return subject;
        }
        return [];
    }
    /// <summary>"Menteri Siti Nurbaya beserta jajarannya", "pesawat tempurnya": whose forces or staff a possessed pronoun (grammar class
    /// pronoun-owned) names, with no speaker or cited actor to own them: the nearest actor before it in the sentence that is no
    /// place (a dateline's city owns no staff), else the latest such actor in the two sentences before.</summary>
    private ActorMention? OwnerBefore(int pronoun)
    {
        for (int k = pronoun - 1; k >= 0; k--)
            if (_s.ActorAt(k) is { } a && !a.IsPlace) return a;
        return _s.ResolvePronoun(pronoun, person: false, places: false) ?? _s.ResolvePronoun(pronoun, person: true);
    }
    /// <summary>"Kuasa hukum pasangan calon presiden-wakil presiden Prabowo Subianto - Hatta Rajasa, Firman Wijaya, menggugat KPU": a
    /// sentence opening with an actor's title phrase (no verb, preposition or punctuation but dashes up to the comma), then a
    /// name the dictionary does not know between commas (capitalised words, no actor), is that name's title: its first
    /// actor is the subject, not the last actor inside the title phrase.</summary>
    private ActorMention? NamedTitleHead(int open, int close)
    {
        if (close - open - 1 > MaxNameWords) return null;
        for (int k = open + 1; k < close; k++)
            if (!_s.IsCapitalized(k) || _s.ActorAt(k) is not null || _s.IsPunctuation(k)) return null;
        int first = 0;
        while (first < open && _g.Is("determiner", _s[first]) && _s.ActorAt(first) is null) first++;
        if (_s.ActorAt(first) is not { } head || head.IsPlace || head.LastWord + 1 >= open) return null;
        for (int k = head.LastWord + 1; k < open; k++)
            if (IsVerbLike(k) || IsPreposition(_s[k]) || _boundary[k] || _s.IsPunctuation(k) && _s[k] is not ("-" or "\u2013")) return null;
        return head;
    }

    /// <summary>"Setelah menemui warga, Wali Kota langsung masuk ke kantor dan memarahi petugas": the actor ending at <paramref name="v"/> opens its
    /// clause (a comma or the sentence start before it, past its title words) and is followed, past auxiliaries, by a plain lower-case
    /// word (no preposition, relative, coordinator, determiner or actor) before the coordinator at <paramref name="coordinator"/>: a
    /// bare verb with that actor as its subject (grammar setting bare-clause-subject = yes). Returns the word after the actor.
    /// An actor after a verb ("menangkap Budi dan menahannya") or closed by a comma ("…, Bambang Soesatyo, di Senayan") is no such subject.</summary>
    private int? BareClauseSubject(int v, int coordinator)
    {
        if (_s.ActorAt(v) is not { } actor || actor.LastWord != v || actor.IsPlace || _inPhrase[v]
            || _g.Setting("bare-clause-subject", "no") != "yes") return null;
        int k = v + 1;
        while (k < coordinator && (_g.Is("aux", _s[k]) || _g.Is("negator", _s[k]) || _g.Is("time-word", _s[k]))) k++;
        if (k >= coordinator || _s.ActorAt(k) is not null || _s.IsPunctuation(k) || _s.IsCapitalized(k) || IsVerbLike(k) || IsPreposition(_s[k])
            || _g.Is("relative", _s[k]) || _g.Is("coordinator", _s[k]) || _g.Is("determiner", _s[k]) || _boundary[k]) return null;
        int before = actor.FirstWord - 1;
        while (before >= 0 && (_s.ActorAt(before) is not null || _s.IsCapitalized(before) || _g.Is("determiner", _s[before])) && !_s.IsPunctuation(before)) before--;
        return before < 0 || _s[before] == "," ? v + 1 : null;
    }

    /// <summary>How many words an unknown name between commas may take.</summary>
    private const int MaxNameWords = 4;
}
