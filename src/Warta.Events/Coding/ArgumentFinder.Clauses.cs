using Warta.Events.Language;

namespace Warta.Events.Coding;

/// <summary>Subjects across clauses for <see cref="ArgumentFinder"/>: a subordinate or elided predicate shares the main
/// clause's subject (setelah/sebelum, "dan", a participle clause, a range "mulai dari X hingga Y"), a frame before a comma
/// names the subject of the verb after it, a reporting verb's speaker governs the clause it introduces, and comma asides
/// between subject and verb are skipped.</summary>
public sealed partial class ArgumentFinder
{
    /// <summary>"Novanto tidak memenuhi panggilan KPK setelah ditetapkan sebagai tersangka": a predicate that
    /// opens a subordinate clause (grammar class <c>shared-subject</c>: setelah, sebelum, sambil) with no subject
    /// of its own shares the subject of the main clause's verb before it; returns that verb's index.</summary>
    private int? SubjectOfMainClause(int t, int start)
    {
        if (OpeningSubordinate(t, start) is int opener) return MainVerbAfterComma(t, opener);
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

    /// <summary>"…," kata Tito sebelum rapat dengan Komisi III; "ujar JK sebelum bertolak ke Jepang"; "Hal ini disampaikan Presiden
    /// ketika beramah tamah dengan …": a predicate opening a subordinate clause (grammar classes shared-subject, opening-shared-subject)
    /// right after a speech verb and its speaker (or a passive light verb and its bare agent) is done by that speaker.</summary>
    private List<ActorMention>? SpeakerBeforeSubordinate(int t, int start)
    {
        // ("kata Retno saat ditemui di kantornya": a passive's subject is who it is done to, not the speaker's act)
        if (start < 2 || !Opens(_s[start - 1]) || _lang.Morphology.LooksPassive(_s[t])) return null;
        for (int k = start; k < t; k++)
            if (!(_g.Is("aux", _s[k]) || _g.Is("negator", _s[k]) || _g.Is("intent", _s[k]) || _g.Is("transparent", _s[k]))) return null;
        // the speaker's name fills the words between the verb and the opener
        for (int v = start - 2; v >= 0 && v >= start - 2 - MaxSpeakerWords; v--)
        {
            if (_s.IsPunctuation(v)) return null;
            if (!(IsSay(v) && !_lang.Morphology.LooksPassive(_s[v]) || _g.Is("passive-light-verb", _s[v]))) continue;
            ActorMention? speaker = null;
            for (int k = v + 1; k < start - 1; k++)
            {
                if (_s.ActorAt(k) is { } a) { speaker ??= a; k = a.LastWord; continue; }
                if (!_g.Is("determiner", _s[k]) && !_s.IsCapitalized(k)) return null;
            }
            return speaker is null ? null : [speaker];
        }
        return null;
    }

    /// <summary>How many words a speaker's name after its speech verb may take ("kata Kapolri Jenderal Tito Karnavian").</summary>
    private const int MaxSpeakerWords = 6;

    /// <summary>"Usai bertemu Presiden, Retno mengecam …": a shared-subject word opening the sentence, with only auxiliaries
    /// between it and the predicate at <paramref name="t"/>; returns where it is.</summary>
    private int? OpeningSubordinate(int t, int start)
    {
        int opener = start >= 1 && Opens(_s[start - 1]) ? start - 1 : Opens(_s[start]) ? start : -1;
        if (opener < 0 || opener > MaxLeadWords || t <= opener || !PlainLead(opener)) return null;
        for (int k = opener + 1; k < t; k++)
            if (!(_g.Is("aux", _s[k]) || _g.Is("negator", _s[k]) || _g.Is("intent", _s[k]) || _g.Is("transparent", _s[k]))) return null;
        return opener;
    }

    /// <summary>A word opening a sentence-initial subordinate clause whose subject is the main clause's: the shared-subject
    /// words, and those (grammar class opening-shared-subject: "Saat memberikan bantuan, Jokowi berpesan") that share it only there.</summary>
    private bool Opens(string w) => _g.Is("shared-subject", w) || _g.Is("opening-shared-subject", w);

    /// <summary>"Mulai dari Kemenpora hingga warganet memprotes …": a range opening the clause (grammar class range-opener, then
    /// a preposition) names the predicate's subjects, the actors at its ends; only actors, prepositions, coordinators,
    /// determiners and auxiliaries may stand between it and the predicate.</summary>
    private List<ActorMention>? RangeSubject(int t, int start)
    {
        if (start + 3 >= t || !_g.Is("range-opener", _s[start]) || !IsPreposition(_s[start + 1])) return null;
        var found = new List<ActorMention>();
        for (int i = start + 2; i < t; i++)
        {
            if (_s.ActorAt(i) is { } a)
            {
                if (!a.IsPlace) found.Add(a);
                i = Math.Max(i, a.LastWord);
                continue;
            }
            if (!(IsPreposition(_s[i]) || _g.Is("coordinator", _s[i]) || _g.Is("determiner", _s[i]) || _g.Is("aux", _s[i]) || _s[i] == ",")) return null;
        }
        return found.Count >= 2 ? found : null;
    }

    /// <summary>"Dalam kunjungan ke AS, Presiden Joko Widodo …", "Usai pertemuan dengan Raja Salman, Jokowi …": an event noun
    /// right after a word that opens a sentence-initial frame (grammar class frame-opener, past determiners), closed by a comma,
    /// is the act of the main clause's subject. A noun named again with a demonstrative before the comma ("Dalam serangan
    /// itu, polisi menangkap …") recalls an earlier act whose doer the main clause need not be: none.</summary>
    public List<ActorMention> FrameSubject(int noun)
    {
        int k = noun - 1;
        while (k >= 0 && _g.Is("determiner", _s[k])) k--;
        if (k < 0 || k > MaxLeadWords || !_g.Is("frame-opener", _s[k]) || !PlainLead(k)) return [];
        for (int j = noun + 1; j < _s.Count && _s[j] != ","; j++)
            if (_g.Is("demonstrative", _s[j]) || _s.IsPunctuation(j)) return [];
        return MainVerbAfterComma(noun, k) is int main ? Subject(main, 1) : [];
    }

    /// <summary>How many words may lead up to a sentence-opening shared-subject word ("Tak lama setelah", "Dua jam sebelum").</summary>
    private const int MaxLeadWords = 3;

    /// <summary>The words before <paramref name="opener"/> are a plain lead ("Tak lama", "Beberapa saat"): no actor, verb,
    /// preposition or punctuation.</summary>
    private bool PlainLead(int opener)
    {
        for (int k = 0; k < opener; k++)
            if (_s.ActorAt(k) is not null || _s.IsPunctuation(k) || IsVerbLike(k) || IsPreposition(_s[k]) || _boundary[k]) return false;
        return true;
    }

    /// <summary>The main clause's verb after the comma that closes an opening subordinate clause (a few words on), or null.</summary>
    private int? MainVerbAfterComma(int t, int opener)
    {
        for (int k = t + 1; k < _s.Count && k <= t + MaxOpeningClause; k++)
        {
            if (_s.IsPunctuation(k) && _s[k] != ",") return null;
            if (_s[k] != ",") continue;
            for (int v = k + 1; v < _s.Count && v <= k + MaxOpeningClause; v++)
            {
                if (_s.IsPunctuation(v) && _s[v] != ",") return null;
                if (IsVerbLike(v) && !_inPhrase[v] && !_g.Is("shared-subject", _s[v])) return v;
            }
            return null;
        }
        return null;
    }

    /// <summary>How far the comma closing an opening subordinate clause, and the main verb after it, may be.</summary>
    private const int MaxOpeningClause = 12;

    /// <summary>The opening comma of an aside that the comma at <paramref name="close"/> ends: the words
    /// between start with an aside opener ("sebagaimana", "saat", "menurut", "as", "when") and there is
    /// a word before the opening comma (the subject); null when the comma closes no aside.</summary>
    private int? Aside(int close)
    {
        // a list of examples may be longer ("seperti Angela Merkel dari Jerman dan Emmanuel Macron dari Prancis")
        for (int p = close - 1; p >= 1 && p >= close - MaxExampleAside; p--)
        {
            if (_s[p] != ",") continue;
            if (p + 1 >= close) return null;
            return _g.Is("example-opener", _s[p + 1]) || close - p <= MaxAside && _g.Is("aside-opener", _s[p + 1]) ? p : null;
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
        // ("Abe bertemu Jokowi, kemudian mengunjungi Bogor": right after a comma, "then" is a coordinator, not an
        // auxiliary; grammar class sequence-coordinator)
        while (k >= start && !(k > 0 && _s[k - 1] == "," && _g.Is("sequence-coordinator", _s[k]))
               && (_g.Is("aux", _s[k]) || _g.Is("negator", _s[k]) || _g.Is("intent", _s[k]) || _g.Is("transparent", _s[k]))) k--;
        int c = k >= start ? k : start - 1; // the coordinator is in the clause or is the boundary before it
        if (c < 0 || !_g.Is("vp-coordinator", _s[c])) return null;
        // "meminta pemerintah mengakhiri operasi dan meminta pertanggungjawaban": the same verb again
        // continues the earlier one, not the verb of its complement
        for (int v = c - 1; v >= 0; v--)
            if (_s[v] == _s[t] && !_g.Is("relative", v > 0 ? _s[v - 1] : "")) return v;
        for (int v = c - 1; v >= 0; v--)
        {
            // "Setelah menemui warga, Wali Kota langsung masuk ke kantor dan memarahi petugas": the search for the
            // earlier verb stops at an actor opening its clause before a bare verb the morphology does not know ("masuk"); the
            // word after that actor stands for its predicate, so the subject found there is the actor
            if (BareClauseSubject(v, c) is int predicate) return predicate;
            if (IsVerbLike(v) && !IsSay(v) && !_g.Is("relative", v > 0 ? _s[v - 1] : "")) return v;
        }
        return null;
    }

    /// <summary>"Protesters marched through the capital, demanding the resignation of …", "severed ties with Kyiv, accusing it
    /// of …": a participle (grammar setting adverbial-participle: its ending) right after a comma opens a clause that shares
    /// the subject of the verb before the comma; returns that verb's index. A few participles (grammar class
    /// unmarked-adverbial-participle) do so without the comma ("marched through Lome on Saturday demanding …") unless an
    /// actor right before them is their subject ("workers demanding higher pay").</summary>
    private int? ParticipleClauseHead(int t)
    {
        var ending = _g.Setting("adverbial-participle", "");
        if (ending.Length == 0 || t < 2 || !_s[t].EndsWith(ending, StringComparison.Ordinal)) return null;
        bool afterComma = _s[t - 1] == ",";
        if (!afterComma && !(_g.Is("unmarked-adverbial-participle", _s[t]) && _s.ActorAt(t - 1) is null && !_s.IsPunctuation(t - 1))) return null;
        // ", killing six officers", ", leaving thousands homeless": the result of the act before, no act of its subject
        if (_g.Is("result-participle", _s[t])) return null;
        for (int v = afterComma ? t - 2 : t - 1; v >= 0; v--)
        {
            if (_s[v] is ";" or ":" || _g.Is("relative", _s[v])) return null;
            if (IsVerbLike(v) && !_g.Is("aux", _s[v]) && !_s[v].EndsWith(ending, StringComparison.Ordinal)
                && !(v > 0 && _g.Is("relative", _s[v - 1]))) return v;
        }
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
}
