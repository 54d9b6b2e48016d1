using Warta.Events.Language;

namespace Warta.Events.Coding;

/// <summary>
/// Whether a trigger reports an act that happened: negation ("tidak", "menolak untuk"), intent ("akan"),
/// denials and accusations whose content is not an event, hypotheticals with their scope (a condition, a
/// threat noun, a hope for another's act), all from the language's closed word classes (grammar.tsv).
/// </summary>
public sealed class Modality(EventGrammar grammar)
{
    /// <summary>How many words before a trigger its auxiliaries and modals may stand.</summary>
    private const int ModalWindow = 5;

    /// <summary>How far back from a relative clause the accusation governing its head may be.</summary>
    private const int RelativeReach = 12;
    private readonly EventGrammar _g = grammar;

    /// <summary>A word of <paramref name="wordClass"/> among the auxiliaries right before the trigger
    /// ("tidak akan", "will not", "telah berjanji untuk").</summary>
    public bool ModalBefore(SentenceView s, ArgumentFinder args, int t, string wordClass)
    {
        int start = args.ClauseStart(t);
        for (int k = t - 1; k >= start && k >= t - ModalWindow; k--)
        {
            var w = s[k];
            if (_g.Is(wordClass, w) || wordClass == "intent" && ReportedFuture(s, args, k)) return true;
            if (!(_g.Is("aux", w) || _g.Is("negator", w) || _g.Is("intent", w) || _g.Is("transparent", w) || _g.Is("reciprocal", w) || _g.Is("negator-adverb", w)
                  || _g.Is("control-preposition", w) || _g.Is("determiner", w))) return false;
        }
        return false;
    }

    /// <summary>A power or duty to act (class competence) among the words right before the trigger: "berwenang
    /// menahan", "punya otoritas untuk menertibkan". A competence word inside an actor's mention names the actor ("pihak
    /// berwenang menyelidiki", the authorities investigate) and is no modal, unless a verb of having governs it ("punya
    /// otoritas untuk", class competence-have).</summary>
    public bool CompetenceBefore(SentenceView s, ArgumentFinder args, int t)
    {
        int start = args.ClauseStart(t), window = ModalWindow;
        for (int k = t - 1; k >= start && k >= t - window; k--)
        {
            var w = s[k];
            // "punya otoritas untuk menertibkan dan melindungi": a verb coordinated with the competence's act shares it
            if (_g.Is("coordinator", w) && k - 1 >= start && args.IsVerbLike(k - 1) && window == ModalWindow) { k--; window += 2; continue; }
            if (_g.Is("competence", w)) return s.ActorAt(k) is null || k > 0 && _g.Is("competence-have", s[k - 1]);
            if (!(_g.Is("aux", w) || _g.Is("negator", w) || _g.Is("control-preposition", w) || _g.Is("determiner", w))) return false;
        }
        return false;
    }

    /// <summary>Index of the negating verb ("menolak", "gagal", "refused") governing the trigger, or null.</summary>
    public int? NegatingVerbBefore(SentenceView s, ArgumentFinder args, int t)
    {
        int start = args.ClauseStart(t);
        for (int k = t - 1; k >= start && k >= t - ModalWindow; k--)
        {
            if (_g.Is("negating-verb", s[k])) return k;
            if (args.IsVerbLike(k)) return null;
        }
        return null;
    }

    /// <summary>The content of a denial or an accusation is not an event of its own: "membantah telah
    /// menyerang", "menuduh gerilyawan melancarkan serangan" code only the denial or the accusation.</summary>
    public bool InDenial(SentenceView s, ArgumentFinder args, int t)
    {
        int start = args.ClauseStart(t);
        bool punctuation = false; // "menurut laporan, polisi menangkap …" reports the arrest: code it
        bool verbBetween = false;
        for (int k = t - 1; k >= start && k >= t - ModalWindow; k--)
        {
            if (_g.Is("denial", s[k]) || !punctuation && _g.Is("claim", s[k])) return true;
            if (args.IsVerbLike(k)) { verbBetween = true; break; }
            punctuation |= s.IsPunctuation(k);
        }
        // "menuduh gerilyawan yang didukung X yang melancarkan serangan": a relative clause on the object
        // of an accusation or denial (past other relative clauses, up to a clause break)
        int verb = t > 0 && _g.Is("light-verb", s[t - 1]) ? t - 1 : t; // "yang melancarkan serangan"
        if (args.RelativeWordBefore(verb) is int rel)
            for (int k = rel - 1; k >= 0 && k >= rel - RelativeReach; k--)
            {
                if (_g.Is("denial", s[k]) || _g.Is("claim", s[k])) return true;
                if (s.IsPunctuation(k) && s[k] != "," || args.IsBoundary(k)) break;
                if (args.IsVerbLike(k) && !(k > 0 && _g.Is("relative", s[k - 1]))) break;
            }
        // "denied that Russian hackers had targeted …", "mengecam laporan bahwa …": a complement clause of
        // a denial, threat, appeal or claim
        if (!verbBetween && start > 0 && _g.Is("complementizer", s[start - 1]))
            for (int k = start - 2; k >= 0 && k >= start - 4; k--)
                if (_g.Is("denial", s[k]) || _g.Is("hypothetical", s[k]) || _g.Is("claim", s[k])) return true;
        return false;
    }

    /// <summary>"Morocco beat Portugal 1-0", "Persib menaklukkan Persija 2-1": a score (two small numbers joined by a
    /// hyphen) within a few words after the trigger makes the clause a match result, not an act of force or coercion.</summary>
    public static bool IsMatchResult(SentenceView s, int t, string code)
    {
        if (code[..2] is not ("17" or "18" or "19" or "20")) return false;
        for (int k = t + 1; k < s.Count && k <= t + 5; k++)
        {
            if (IsScore(s[k])) return true;
            // a segmenter may split "2-1" into "2", "-", "1"
            if (k + 2 < s.Count && IsSmallNumber(s[k]) && s[k + 1] is "-" or "\u2013" && IsSmallNumber(s[k + 2])) return true;
        }
        return false;
    }

    private static bool IsScore(string w)
    {
        int dash = w.IndexOfAny(['-', '\u2013']);
        return dash > 0 && IsSmallNumber(w[..dash]) && IsSmallNumber(w[(dash + 1)..]);
    }

    private static bool IsSmallNumber(string w) => w.Length is >= 1 and <= 2 && w.All(char.IsAsciiDigit);

    public bool IsHypothetical(SentenceView s, ArgumentFinder args, int t)
    {
        // "… agar mendukung langkah DJP", "supaya membukakan akses": what a clause of purpose wishes for has
        // not happened
        int clause = args.ClauseStart(t);
        if (clause > 0 && _g.Is("purpose", s[clause - 1])) return true;
        if (IsAsked(s, t) || OpensCounterfactual(s)) return true;
        // "threatened to cut off aid unless it accepted the plan": a condition word that opens the clause (a boundary
        // word, as English "unless") covers it up to its comma
        // (a conditional that is also a complementizer, "whether", asks a question: it covers its whole clause)
        if (clause > 0 && _g.Is("conditional", s[clause - 1]) && (_g.Is("complementizer", s[clause - 1]) || !ScopeEndsBefore(s, args, clause - 1, t))) return true;
        for (int k = args.ClauseStart(t); k < t; k++)
        {
            if (_g.Is("hypothetical", s[k]) && !ReportedFuture(s, args, k) && !ScopeEndsBefore(s, args, k, t)) return true;
            // "berharap Presiden mencabut …" hopes for another's act (an appeal); "berharap bertemu …" is an intent
            if (_g.Is("hope", s[k]) && Enumerable.Range(k + 1, t - k - 1).Any(j => s.ActorAt(j) is not null)) return true;
            // "berharap kasus itu diusut oleh KPK", "berharap proses pemeriksaan yang dilakukan pansus berjalan lancar": a passive
            // after a noun the hope is about has not happened either (the agent is appealed to: PurposeAppeals)
            if (_g.Is("hope", s[k]) && HopedPassive(s, args, k, t)) return true;
            // "massa yang ingin Ahok diberhentikan", "AS ingin Dewan Keamanan menerapkan embargo": wanting the actor named
            // right after the want word to act is a wish, not its act; only within one stretch with no comma, relative word or
            // clause break ("ingin berdialog dengan PM Jepang, yang akan berkunjung …" keeps the visit)
            if (_g.Is("want", s[k]) && WantsActorToAct(s, args, k, t)) return true;
        }
        return false;
    }

    /// <summary>A direct question reports no act (GUIDELINES §1: "apakah KPK akan …?"): a question word (class question-word)
    /// among the first words of the sentence, past opening quotes and up to two lead words ("Lalu apakah PAN sudah
    /// menyepakati …?", "Kenapa saya kecewa?"), with the question mark after the trigger. (An indirect question, "belum mau
    /// berandai-andai apakah penyidik akan menahan …", is left coded: on id-fresh7 its act is the earlier mention that the
    /// next sentences' subjectless acts take their actors from, and dropping it lost two right events for one wrong.)</summary>
    private bool IsAsked(SentenceView s, int t)
    {
        int first = 0;
        while (first < s.Count && s.IsPunctuation(first)) first++;
        int q = -1;
        for (int k = first; k < s.Count && k <= first + 2 && k < t; k++)
            if (_g.Is("question-word", s[k])) { q = k; break; }
        if (q < 0) return false;
        for (int j = t + 1; j < s.Count; j++)
        {
            if (s[j] == "?") return true;
            if (s[j] is "." or "!") return false;
        }
        return false;
    }

    /// <summary>A di- passive trigger after a word of hope with a word of the hoped clause's subject between (not only
    /// auxiliaries: "berharap bisa diterima" is the hoper's own hope, read as intent). A relative word between makes the
    /// passive a description of that subject, a fact ("berharap ada diskusi lanjutan usai penangguhan yang dilakukan
    /// pemerintah Filipina").</summary>
    private bool HopedPassive(SentenceView s, ArgumentFinder args, int k, int t)
    {
        // (a verb form: "diskusi" is a noun)
        if (!(s[t].Length > 4 && s[t].StartsWith("di", StringComparison.Ordinal) && args.IsVerbLike(t))) return false;
        bool subject = false;
        for (int j = k + 1; j < t; j++)
        {
            if (_g.Is("relative", s[j])) return false;
            subject |= !(_g.Is("aux", s[j]) || _g.Is("negator", s[j]) || _g.Is("intent", s[j]) || s[j] == ",");
        }
        return subject;
    }

    private bool WantsActorToAct(SentenceView s, ArgumentFinder args, int k, int t)
    {
        int j = k + 1;
        while (j < t && _g.Is("determiner", s[j])) j++;
        if (j >= t || s.ActorAt(j) is null) return false;
        for (int m = k + 1; m < t; m++)
            if (s[m] == "," || _g.Is("relative", s[m]) || args.IsBoundary(m)) return false;
        return true;
    }

    /// <summary>"Seandainya jadi diberlakukan, kebijakan itu akan melarang …": a counterfactual word (class counterfactual) opening
    /// the sentence, past opening quotes, makes its consequence as unreal as its condition — unlike "jika", whose main clause
    /// may be a real threat or appeal ("Jika tetap mangkir, polisi mengancam …", GUIDELINES §3).</summary>
    private bool OpensCounterfactual(SentenceView s)
    {
        int first = 0;
        while (first < s.Count && s.IsPunctuation(first)) first++;
        return first < s.Count && _g.Is("counterfactual", s[first]);
    }

    /// <summary>"milisi yang didukung Iran", "pemberontak yang didukung Barat": a passive of a standing relation (class
    /// standing-passive) in a relative clause describes the noun it follows, background (GUIDELINES §1), not an act told.</summary>
    /// <remarks>An agent phrase with "oleh" tells who backs the head in the act reported: "Kanada, yang didukung oleh Uni Eropa,
    /// Amerika Serikat dan Meksiko, telah mendorong …" is 051 from each; the bare "yang didukung Iran" is the epithet.</remarks>
    public bool DescribesStanding(SentenceView s, ArgumentFinder args, int t) =>
        _g.Is("standing-passive", s[t]) && args.RelativeWordBefore(t) is not null && !(t + 1 < s.Count && _g.Is("agent-preposition", s[t + 1]));

    /// <summary>Where the hypothetical word at <paramref name="k"/> stops covering the trigger at
    /// <paramref name="t"/>: a condition ends at its comma ("Jika ditemukan …, Amin meminta …"); a noun
    /// ("ancaman", "potensi") covers its own phrase, not a later verb ("Ancaman Korut ini dilontarkan
    /// menyusul latihan …"); an appeal or threat after "serta" or a comma is an act of its own
    /// ("menuntut A serta mendesak B").</summary>
    private bool ScopeEndsBefore(SentenceView s, ArgumentFinder args, int k, int t)
    {
        bool comma = false, coordinator = false, verb = false;
        for (int j = k + 1; j < t; j++)
        {
            // "was demanded by tin miners who have been on strike": a person relative (class person-relative) opens a clause
            // of its own, which tells a fact
            if (_g.Is("person-relative", s[j])) return true;
            comma |= s[j] == ",";
            coordinator |= _g.Is("vp-coordinator", s[j]);
            verb |= args.IsVerbLike(j);
        }
        // "menyebutkan, jika X diusir." reports that X was expelled; "mengatakan, jika X ditangkap, maka …"
        // is still a condition (a main clause follows it)
        if (_g.Is("conditional", s[k])) return comma || AfterSay(s, args, k) && !Enumerable.Range(t + 1, s.Count - t - 1).Any(j => s[j] == ",");
        if (_g.Is("hypothetical-noun", s[k])) return verb;
        // "demanded a pay rise and threatened to strike", "demanded … and attacked …": a past-tense verb right after a
        // coordinator is a second finite predicate, outside the first one's scope
        bool finiteAfterCoordinator = t > 0 && _g.Is("vp-coordinator", s[t - 1]) && _g.Setting("possessor", "after") == "before"
            && s[t].EndsWith("ed", StringComparison.Ordinal);
        return (_g.Is("hypothetical", s[t]) || finiteAfterCoordinator) && (comma || coordinator);
    }

    /// <summary>"menyebutkan, jika duta besar mereka diusir": right after a reporting verb (and a comma),
    /// Indonesian "jika"/"kalau" means "that", not "if".</summary>
    private static bool AfterSay(SentenceView s, ArgumentFinder args, int k) =>
        k >= 1 && args.IsSay(k - 1) || k >= 2 && s[k - 1] == "," && args.IsSay(k - 2);

    /// <summary>"said he would visit": after a reporting verb, "would" is the future of the reported
    /// statement (an intent), not a conditional.</summary>
    public bool ReportedFuture(SentenceView s, ArgumentFinder args, int k)
    {
        if (!_g.Is("reported-future", s[k])) return false;
        for (int j = k - 1; j >= 0; j--) if (args.IsSay(j)) return true;
        return false;
    }
}
