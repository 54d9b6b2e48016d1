using Warta.Events.Language;

namespace Warta.Events.Coding;

/// <summary>The subject side of <see cref="ArgumentFinder"/>: the subject left of a predicate (past asides,
/// parentheticals, relative clauses and control verbs; coordinated subjects; elided subjects after "dan" and in
/// subordinate clauses) and the speaker of the reporting verb a clause depends on.</summary>
public sealed partial class ArgumentFinder
{
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
        (int Open, int Close)? examples = null;
        ActorMention? memberOf = null;
        // "opened fire on taxi drivers protesting against fuel prices": a protest participle right after an actor (class
        // reduced-relative-participle) tells what that actor was doing, even inside another verb's prepositional phrase
        if (t > 0 && _g.Is("reduced-relative-participle", _s[t]) && _s.ActorAt(t - 1) is { } doer) return [HeadOfNounPhrase(doer, start)];
        if (RangeSubject(t, start) is { } range) return range;
        if (depth < 3 && ElidedAfterCoordinator(t, start) is int shared)
        {
            var sharedSubject = Subject(shared, depth + 1);
            return sharedSubject.Count > 0 ? sharedSubject : EarlierCoordinatedSubject(t, shared, depth + 1);
        }
        if (depth < 3 && ReasonHolder(t, depth) is { Count: > 0 } reason) return reason;
        if (depth < 3 && ParticipleClauseHead(t) is int head && Subject(head, depth + 1) is { Count: > 0 } participleSubject) return participleSubject;
        if (depth < 3 && GerundHead(t, start) is int manner && Subject(manner, depth + 1) is { Count: > 0 } mannerSubject) return mannerSubject;
        int i;
        for (i = t - 1; i >= start; i--)
        {
            var w = _s[i];
            var actor = _s.ActorAt(i);
            // "Pejabat itu, sebagaimana diberitakan Xinhua, mendesak", "Argo, saat dikonfirmasi, mengatakan":
            // a comma-enclosed aside between subject and verb is skipped (even when it opens a clause)
            if (w == "," && Aside(i) is int open)
            {
                if (_g.Is("example-opener", _s[open + 1])) examples ??= (open, i);
                // two asides in a row ("Pejabat itu, sebagaimana diberitakan Xinhua, Rabu pagi, mendesak"): the opening
                // comma of this one closes the one before, so it is read again
                i = Aside(open) is not null ? open + 1 : open;
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
            // "Kanada yang didukung oleh Uni Eropa, Amerika Serikat dan Meksiko, telah mendorong …": the agents of a passive relative
            // clause are not the predicate's subject; its head is (ArgumentFinder.Relatives)
            if (actor is not null && PastRelativeAgents(actor, t, start) is var (relSubject, relWord))
            {
                if (relSubject is not null) return [relSubject];
                i = relWord;
                passedNoun = false;
                continue;
            }
            if (actor is not null && (!_inPhrase[i] || OpensClause(i, start) || InitialPhraseSubject(actor, t, start) || InitialMemberSubject(actor, t, start)))
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
                    // (elsewhere a capitalized title that is no actor itself: "Presiden Joko Widodo dan Perdana Menteri Lee")
                    while (c > start && (_g.Is("determiner", _s[c]) || _s.IsCapitalized(c) && (titlesBefore || _s.ActorAt(c) is null))) c--;
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
                // ("students who tried to march": a relative pronoun before the control verb makes its head the subject)
                for (int v = i - 1; v >= start && !_g.Is("relative", _s[v]); v--)
                {
                    // "said gang members had tried to kill": an actor right before the transparent verb is its subject,
                    // not the subject of a verb further left
                    if (_s.ActorAt(v) is { } own && !_inPhrase[v] && SubjectOfTransparentChain(own.LastWord + 1, i)) break;
                    if (IsVerbLike(v) && !_g.Is("transparent", _s[v])) return depth < 3 ? Subject(v, depth + 1) : found;
                }
            }
            // "Pengamat politik dari UNJ Ubedillah Badrun menilai": an organisation in a "dari" phrase (grammar class member-preposition)
            // on a subject noun that is no actor is who that noun acts for; taken only when the clause gives no subject of its own
            // ("Puluhan orang yang mengaku dari Forum … menyambangi KPK": or after a relative verb of belonging, MemberPhrase)
            if (actor is not null && _inPhrase[i] && !Locates(actor) && ActiveVerb(_s[t]) && MemberPhrase(i, start))
                memberOf = actor;
            if (_inPhrase[i] || _s.IsPunctuation(i) && w != "," || _g.Is("aux", w) || _g.Is("negator", w) || _g.Is("time-word", w)
                || _g.Is("intent", w) || _g.Is("transparent", w) || _g.Is("negating-verb", w) || _g.Is("determiner", w)) continue;
            if (w == ",") { if (passedNoun) break; continue; }
            // "Negara-negara tersebut mendorong …" after "AS, Jepang dan Australia": a plural head of grammar class plural-anaphor-head
            // with a demonstrative refers back to the list (grammar setting plural-antecedents = list)
            if (_s.IsPlural(i) && _g.Is("plural-anaphor-head", w) && i + 1 < _s.Count && _g.Is("demonstrative", _s[i + 1])
                && _g.Setting("plural-antecedents", "first") == "list")
                return _s.ResolveList(i, _g.Is("plural-anaphor-place-head", w) ? Core.EntityType.LOC : Core.EntityType.ORG, IsCoordinatorWord);
            if (_g.Is("pronoun", w))
            {
                if (RoleAfterPronoun(i) is { } role) return [role];
                var governing = depth < 2 ? SubjectOfGoverningSay(t, depth) : [];
                if (governing.Count > 0) return governing;
                if ((_g.Is("pronoun-group", w) || _g.Is("pronoun-owned", w)) && Cited(i) is { } cited) return [cited];
                if (_g.Is("pronoun-owned", w)) return OwnerBefore(i) is { } owner ? [owner] : [];
                bool person = _g.Is("pronoun-person", w), group = _g.Is("pronoun-group", w), plural = _g.Is("pronoun-plural", w);
                if (plural && _g.Setting("plural-antecedents", "first") == "list") return _s.ResolveList(i, null, IsCoordinatorWord);
                if (plural) return _s.ResolvePronoun(i, person: false, places: false) is { } p ? [p] : [];
                // (grammar setting uncoded-person-antecedent = blocks: the nearest sentence naming people, all uncoded, gives no antecedent)
                return (person || group) && _s.ResolvePronoun(i, person, uncodedPersonBlocks: _g.Setting("uncoded-person-antecedent", "skipped") == "blocks") is { } r ? [r] : [];
            }
            // "demanded by tin miners who have been on strike": a person relative (class person-relative) has the actor right
            // before it as its subject, even inside a phrase
            if (_g.Is("person-relative", w) && i > 0 && _s.ActorAt(i - 1) is { } relativeHead) return [relativeHead];
            // "Tidak seperti PKS yang menyatakan menolak", "kepada warga yang menolak pindah": the actor right before a relative word
            // that opens the predicate's clause heads it, even inside a prepositional phrase (grammar setting relative-head-subject)
            if (_g.Is("relative", w) && !passedNoun && i > start && _s.ActorAt(i - 1) is { } relHead && _g.Setting("relative-head-subject", "no") == "yes")
                return [RelativeClauseHead(relHead, start)];
            if (_g.Is("relative", w)) { passedNoun = false; continue; }
            if (IsVerbLike(i))
            {
                // ("orang yang mengaku dari Forum …": a verb of belonging in the subject's relative clause is no speech verb here)
                if (IsSay(i) && !(memberOf is not null && _g.Is("member-verb", w))) return depth < 2 ? Subject(i, depth + 1) : found;
                if (RelativeBefore(i, start) is int rel) { i = rel; continue; }
                if (ReducedRelative(i, t)) continue;
                // "Novanto pun memilih mundur", "membenarkan akan membentuk poros": a verb right before the predicate, with only
                // auxiliaries, intent or control words between, has the same subject (grammar setting serial-verb-subject = shares)
                // (both active verbs: a passive hedge "dicurigai melempar" or a noun trigger "rapat" is no such chain)
                if (!passedNoun && depth < 3 && t - i <= 4 && _g.Setting("serial-verb-subject", "no") == "shares" && ActiveVerb(w) && ActiveVerb(_s[t])
                    && ChainWordsBetween(i, t))
                    return Subject(i, depth + 1);
                // "Jonan bertemu dengan Jaksa Agung meminta bantuan", "berkumpul di depan gedung DPR menuntut …": an active verb right
                // after another verb's prepositional phrase (no punctuation) is a serial verb with the same subject
                if (depth < 3 && _g.Setting("serial-verb-subject", "no") == "shares" && ActiveVerb(w) && ActiveVerb(_s[t])
                    && !_g.Is("verbal-preposition", w) && !_g.Is("locative-verb", w) && PhraseBetween(i, t))
                    return Subject(i, depth + 1);
                break;
            }
            passedNoun = true;
        }
        // "Pemimpin Eropa lainnya, seperti Angela Merkel dari Jerman dan Emmanuel Macron dari Prancis, juga memberikan …":
        // a subject with no actor of its own is the actors its examples name (grammar class example-opener)
        // (the people or organisations named; the places only when they are the examples: "seperti Jerman dan Prancis")
        if (found.Count == 0 && examples is var (from, to))
        {
            var named = Enumerable.Range(from + 2, to - from - 2).Select(_s.ActorAt).OfType<ActorMention>().Distinct().ToList();
            found.AddRange(named.Any(a => !a.IsPlace) ? named.Where(a => !a.IsPlace) : named);
        }
        if (found.Count > 0) return found;
        // (the search ran to the clause's start: no verb or comma closed it)
        if (memberOf is not null && i < start && passedNoun) return [memberOf];
        if (InitialApposition(t) is { } apposed) return [apposed];
        if (found.Count == 0 && depth < 2 && start > 0 && _g.Is("complementizer", _s[start - 1]))
            return SubjectOfGoverningSay(t, depth);
        if (found.Count == 0 && SpeakerBeforeSubordinate(t, start) is { } speakerOfClause) return speakerOfClause;
        if (found.Count == 0 && depth < 3 && SubjectOfMainClause(t, start) is int main) return Subject(main, depth + 1);
        return found;
    }

    /// <summary>"Development aid to Rwanda was cut off by Belgium", "Budget support to Niger was suspended": the actors in a
    /// phrase headed by one of <paramref name="prepositions"/> inside the subject of the passive at <paramref name="t"/>.</summary>
    public List<ActorMention> SubjectPhraseTarget(int t, IReadOnlyCollection<string> prepositions)
    {
        if (prepositions.Count == 0) return [];
        for (int i = ClauseStart(t); i < t; i++)
        {
            // (a finite verb ends the search; a base form such as "support" in "Budget support" is a noun here)
            if (IsVerbLike(i) && !_g.Is("passive-aux", _s[i]) && (_lang.Morphology.LooksLikeVerb(_s[i]) || IsSay(i))) return [];
            if (_s.ActorAt(i) is { } a && _phraseHead[i] >= 0 && prepositions.Contains(_s[_phraseHead[i]])) return Coordinated(a, t);
        }
        return [];
    }

    /// <summary>"Dari tangan tersangka polisi menyita sabu", "Terhadap pelaku polisi menahan …": an actor ending a prepositional
    /// phrase that opens the clause with no comma after it, right before an active predicate, is not in the phrase but its
    /// subject (grammar setting initial-phrase-subject = yes; the phrase's own noun comes first, so the actor is not the
    /// first word after the preposition).</summary>
    private bool InitialPhraseSubject(ActorMention actor, int t, int start) =>
        _phraseHead[actor.LastWord] == LeadingAuxEnd(start) && actor.FirstWord > _phraseHead[actor.LastWord] + 1 && _g.Setting("initial-phrase-subject", "no") == "yes"
        && ActiveVerb(_s[t]) && ChainWordsBetween(actor.LastWord, t);

    /// <summary>The first word of the clause at <paramref name="start"/> past auxiliaries ("Sudah sejak lama PDIP menuntut").</summary>
    private int LeadingAuxEnd(int start)
    {
        int k = start;
        while (k < _s.Count && _g.Is("aux", _s[k]) && _s.ActorAt(k) is null) k++;
        return k;
    }

    /// <summary>Only auxiliaries, negators, intent, control or transparent words between two verbs ("memilih untuk segera mundur").</summary>
    private bool ChainWordsBetween(int first, int last)
    {
        for (int k = first + 1; k < last; k++)
        {
            var w = _s[k];
            if (!(_g.Is("aux", w) || _g.Is("negator", w) || _g.Is("intent", w) || _g.Is("control-preposition", w) || _g.Is("transparent", w))) return false;
        }
        return true;
    }

    /// <summary>"membubarkan massa dengan menembakkan gas air mata", "berkoordinasi dengan Filipina dengan bertukar informasi", "hakim
    /// memberikan argumentasi dalam menjatuhkan vonis": an active verb right after a preposition of manner (grammar class
    /// gerund-preposition) says how the verb before it in the clause is done, by its subject; returns that verb's index.</summary>
    private int? GerundHead(int t, int start)
    {
        if (t < 2 || !_g.Is("gerund-preposition", _s[t - 1]) || !ActiveVerb(_s[t])) return null;
        for (int v = t - 2; v >= start; v--)
        {
            if (_s.IsPunctuation(v) || _g.Is("relative", _s[v])) return null;
            if (IsVerbLike(v) && _s.ActorAt(v) is null && !IsSay(v) && !_g.Is("aux", _s[v])) return v;
        }
        return null;
    }

    /// <summary>"ribuan karyawan Freeport yang mogok": the head of the noun phrase a relative clause follows, the first of the
    /// actors right before "yang" in the same phrase (a person's name heads its own phrase).</summary>
    private ActorMention RelativeClauseHead(ActorMention last, int start)
    {
        var head = last;
        while (!head.IsPerson && head.FirstWord - 1 >= start && _s.ActorAt(head.FirstWord - 1) is { } before && before != head
               && _phraseHead[before.LastWord] == _phraseHead[head.FirstWord])
            head = before;
        return head;
    }

    /// <summary>The words between two verbs are prepositional phrases opening right after the first ("bertemu dengan Jaksa Agung
    /// Prasetyo meminta"), with at most <see cref="MaxSerialPhrase"/> words and no punctuation.</summary>
    private bool PhraseBetween(int first, int last)
    {
        if (last - first < 3 || last - first > MaxSerialPhrase + 1 || !IsPreposition(_s[first + 1])) return false;
        for (int k = first + 1; k < last; k++)
            if (!_inPhrase[k] || _s.IsPunctuation(k) || _boundary[k]) return false;
        return true;
    }

    /// <summary>How long the prepositional phrase between two serial verbs may be.</summary>
    private const int MaxSerialPhrase = 8;

    /// <summary>An active verb form by its morphology ("memilih", "berjanji"; not "dicurigai", "terbukti").</summary>
    private bool ActiveVerb(string w) => _lang.Morphology.LooksLikeVerb(w) && !_lang.Morphology.LooksPassive(w) && !w.StartsWith("ter", StringComparison.Ordinal);

    /// <summary>"lashed out at Brussels for withholding funds", "was condemned by ECOWAS for expelling diplomats": a gerund
    /// after a reason preposition (grammar class reason-preposition) is done by whom the verb before it is aimed at — its
    /// object, or the subject of a passive.</summary>
    private List<ActorMention>? ReasonHolder(int t, int depth)
    {
        if (t < 2 || !_s[t].EndsWith("ing", StringComparison.Ordinal) || !_g.Is("reason-preposition", _s[t - 1])) return null;
        for (int v = t - 2; v >= 0 && v >= t - 12; v--)
        {
            if (_s.IsPunctuation(v) && _s[v] != ",") return null;
            if (!IsVerbLike(v) || _g.Is("aux", _s[v]) || _s.ActorAt(v) is not null) continue;
            bool passive = v > 0 && _g.Is("passive-aux", _s[v - 1]) || v > 1 && _g.Is("passive-aux", _s[v - 2]);
            return passive ? Subject(v, depth + 1) : Object(v + 1);
        }
        return null;
    }

    /// <summary>"Mapuche activists held in a prison in Temuco have refused food": where determiners come before nouns, a
    /// participle right after an actor and before a preposition, with no punctuation up to the predicate at <paramref name="t"/>,
    /// is a reduced relative clause on that actor, not its predicate.</summary>
    private bool ReducedRelative(int i, int t)
    {
        if (_g.Setting("possessor", "after") != "before" || i == 0 || i + 1 >= t || _s.ActorAt(i - 1) is null) return false;
        var w = _s[i];
        if (!(w.EndsWith("ed", StringComparison.Ordinal) || _g.Is("status-participle", w) || _g.Is("same-participle", w)
              || _g.Is("irregular-participle", w))) return false;
        // ("the captain suspected of damaging cables": what a status participle alleges is no act of that actor)
        if (!IsPreposition(_s[i + 1]) || _g.Is("control-preposition", _s[i + 1]) || _g.Is("allegation-preposition", _s[i + 1])) return false;
        for (int k = i + 1; k < t; k++) if (_s.IsPunctuation(k)) return false;
        // "a suicide bomber sent by Boko Haram blew herself up": with its agent named, the participle is surely a relative
        if (_g.Is("agent-preposition", _s[i + 1])) return true;
        // the predicate carries an auxiliary ("have refused food"): a bare participle there ("the people killed") may itself
        // be a reduced relative
        return _g.Is("aux", _s[t - 1]) || _g.Is("negator", _s[t - 1]) || _g.Is("intent", _s[t - 1]) || _g.Is("passive-aux", _s[t - 1]);
    }

    /// <summary>"a day after The Hague froze funding": a word that is both a clause boundary and a preposition ("after",
    /// "before", "since") heads no phrase when a predicate of its own follows; the actor after it is that clause's subject.</summary>
    private bool OpensClause(int i, int start) => start > 0 && _boundary[start - 1] && _phraseHead[i] == start - 1;

    /// <summary>"Menurut Kapolri, pihaknya telah menangkap …": the actor a sentence cites before a pronoun (grammar
    /// class attribution, the actor right after it) is who the pronoun speaks for.</summary>
    private ActorMention? Cited(int pronoun)
    {
        for (int k = 0; k + 1 < pronoun; k++)
            if (_g.Is("attribution", _s[k]) && _s.ActorAt(k + 1) is { } cited && cited.LastWord < pronoun) return cited;
        return null;
    }

    /// <summary>A place, or a bare country code (the tagger may type "Serdang Bedagai" a person): where, not who.</summary>
    private static bool Locates(ActorMention a) => a.IsPlace || a.Code.Length == 3;

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

    /// <summary>True when the words from <paramref name="from"/> up to <paramref name="to"/> (exclusive) are a chain of
    /// auxiliaries, negators and intent words holding at least one transparent verb ("had tried", "did not attempt"), or, where
    /// the grammar says so (setting intent-chain-subject = yes), an intent word no affix marks as a verb ("Ketua DPR menyatakan
    /// Golkar siap untuk mendukung …": the actor before it is the subject, not that of a speech verb further left).</summary>
    private bool SubjectOfTransparentChain(int from, int to)
    {
        bool transparent = false;
        bool bareIntent = _g.Setting("intent-chain-subject", "no") == "yes";
        for (int k = from; k < to; k++)
        {
            if (_g.Is("transparent", _s[k]) || bareIntent && _g.Is("intent", _s[k]) && !IsVerbLike(k)) { transparent = true; continue; }
            if (!(_g.Is("aux", _s[k]) || _g.Is("negator", _s[k]) || _g.Is("intent", _s[k]))) return false;
        }
        return transparent;
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

    /// <summary>A coordinator of lists ("dan", "serta"; grammar class coordinator), for <see cref="SentenceView.ResolveList"/>.</summary>
    private bool IsCoordinatorWord(string word) => _g.Is("coordinator", word);
}
