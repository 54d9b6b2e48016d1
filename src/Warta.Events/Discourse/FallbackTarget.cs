using Warta.Events.Coding;
using Warta.Events.Language;

namespace Warta.Events.Discourse;

/// <summary>
/// A target for an event whose clause names none, taken from the rest of its clause: news packs the
/// patient of an act into places the clause grammar does not reach ("melakukan aksi demonstrasi di depan
/// kantor Transjakarta", "mencabut status badan hukum yang dimiliki HTI", "menolak diperiksa oleh Ditjen
/// Pajak"). The first other actor after the trigger, else the nearest one before it — never a place named
/// as where it happened ("di Brussels, Belgia"), never across a complementizer ("mengecam laporan bahwa tentara
/// Suriah …" reports another event, whose actors are not the criticism's target). A speech verb is crossed but its
/// speaker is never the target ("saya tidak terima," kata Rudi … KPK: KPK is). Clause boundaries (karena, setelah …) are
/// crossed too: measured, stopping there lost more than it saved, and so did stopping at a speech verb.
/// </summary>
public sealed class FallbackTarget(EventGrammar grammar)
{
    private static readonly string[] Stops = ["complementizer"];

    /// <param name="code">The event's code: in the roots of grammar class <c>instrument-roots</c> the source's own
    /// forces (roles of <c>instrument-role</c>) are the means of the act, never its target ("sent 2,000 soldiers").</param>
    /// <param name="topicObject">The trigger's object is a topic (<see cref="Coding.SentenceEvent.TopicObject"/>): actors after
    /// it are talked about, so only the clause before the trigger is searched.</param>
    public ActorRef? Find(SentenceView s, int triggerLast, ActorRef source, string code, bool topicObject = false)
    {
        // (grammar class no-fallback-roots: English protests name their target in a phrase or have none)
        if (code.Length >= 2 && grammar.Is("no-fallback-roots", code[..2])) return null;
        bool instrumentRoot = code.Length >= 2 && grammar.Is("instrument-roots", code[..2]);
        // (grammar class fallback-after-roots, id 04 and 14: a protest names whom it is against after it, "berdemo di depan kantor
        // gubernur", a meeting or visit its counterpart, "bertemu dengan …", "kunjungan ke …"; an actor before either is who speaks
        // of it, a co-participant or a place, "Kapolda menyesalkan aksi demo para buruh". Session 19, over the 12 Indonesian tuning
        // sets: a fallback target before the trigger was right 0 times in these roots, 2 times gold had none, 10 times the event
        // was false; counts and unseen reach in data/id/events/grammar.tsv)
        bool afterOnly = code.Length >= 2 && grammar.Is("fallback-after-roots", code[..2]);
        // past a speech verb the search goes on, but the first actor met beyond it is that verb's speaker ("…, kata Menlu
        // Retno", "Hakim X mengatakan, …"), never the target
        bool speaker = false;
        for (int i = triggerLast + 1; !topicObject && i < s.Count && !IsStop(s, i); i++)
        {
            if (IsSay(s, i)) { speaker = true; continue; }
            if (speaker && s.ActorAt(i) is not null) { speaker = false; i = SpeakerPhraseEnd(s, i); continue; }
            if (Other(s, i, source, instrumentRoot) is { } after && !CoAgent(s, i, source, code)) return after;
        }
        if (afterOnly) return null;
        speaker = false;
        for (int i = triggerLast - 1; i >= 0 && !IsStop(s, i); i--)
        {
            if (IsSay(s, i)) { speaker = true; continue; }
            if (speaker && s.ActorAt(i) is not null) { speaker = false; i = SpeakerPhraseStart(s, i); continue; }
            if (Other(s, i, source, instrumentRoot) is { } before && !InSubjectPhrase(s, i, source) && !CoAgent(s, i, source, code)
                && !RelativeAgentAfterSource(s, s.ActorAt(i)!, source)) return before;
        }
        return null;
    }

    /// <summary>"Ketua DPD Front Pembela Islam (FPI) DKI Jakarta, Habib Muchsin mencurigai": an actor joined to
    /// the source by nothing but title words, brackets and a comma, with no preposition before it, is part of
    /// the source's own noun phrase ("Terhadap Rusia, NATO …" keeps its preposition and stays a target).</summary>
    private bool InSubjectPhrase(SentenceView s, int i, ActorRef source)
    {
        if (source.Start < s.Start || source.Start >= s.End || s.ActorAt(i) is not { } m) return false;
        // "Kader NU menolak …", "Mahasiswa UGM berunjuk rasa": where the possessor follows its noun, an actor right after the
        // source is whose the source is, not the act's target
        if (m.Start >= source.End)
            return grammar.Setting("possessor", "after") == "after" && m.FirstWord == s.WordIndexAt(source.End - 1) + 1;
        if (m.End > source.Start) return false;
        int sourceFirst = s.WordIndexAt(source.Start);
        for (int k = m.LastWord + 1; k < sourceFirst; k++)
            if (!(s[k] is "," or "(" or ")" || s.IsCapitalized(k))) return false;
        // ("In a letter to the Security Council, Ukraine's foreign minister …": past determiners and title words)
        for (int k = m.FirstWord - 1; k >= 0 && k >= m.FirstWord - 4; k--)
        {
            if (grammar.Is("preposition", s[k])) return false;
            if (!s.IsCapitalized(k) && !grammar.Is("determiner", s[k])) break;
        }
        return true;
    }

    /// <summary>"Pasukan Suriah dan milisi yang didukung Iran melancarkan serangan": an actor in a relative clause ("yang didukung
    /// [oleh] Iran") between the source and the trigger describes a noun of the subject phrase; it is not the act's target. (Before
    /// the source it may be: "Keputusan yang dibuat KPK ditolak oleh DPR" rejects KPK's decision.)</summary>
    private bool RelativeAgentAfterSource(SentenceView s, ActorMention m, ActorRef source)
    {
        if (source.Start < s.Start || source.Start >= s.End || m.Start < source.End) return false;
        for (int k = m.FirstWord - 1; k >= 0 && k >= m.FirstWord - 3; k--)
        {
            if (grammar.Is("relative", s[k])) return k < m.FirstWord - 1;
            if (s.IsPunctuation(k)) return false;
        }
        return false;
    }

    /// <summary>"Indonesia dan Malaysia menolak usul itu", "Putusan itu ditolak oleh Beijing dan Taiwan", "Australian
    /// police and soldiers attacked the camp": an actor joined to the source by a coordinator acts with it, it is not
    /// its target — except in the roots of grammar class <c>reciprocal-roots</c>, where coordinated sides sign, meet and
    /// work with each other ("A dan B menandatangani / berunding": both A>B and B>A, eval/events/GUIDELINES.md §4).
    /// Acts of force are not among them: the coder has already made coordinated fighters each other's targets where
    /// they fight each other ("bentrok").</summary>
    private bool CoAgent(SentenceView s, int i, ActorRef source, string code) =>
        !(code.Length >= 2 && grammar.Is("reciprocal-roots", code[..2])) && CoSubject(s, i, source);

    /// <summary>An actor joined to the source by a coordinator (past commas, determiners and title words).</summary>
    private bool CoSubject(SentenceView s, int i, ActorRef source)
    {
        if (source.Start < s.Start || source.Start >= s.End || s.ActorAt(i) is not { } m) return false;
        int sourceFirst = s.WordIndexAt(source.Start), sourceLast = s.WordIndexAt(source.End - 1);
        int from = m.End <= source.Start ? m.LastWord + 1 : sourceLast + 1, to = m.End <= source.Start ? sourceFirst : m.FirstWord;
        bool joined = false;
        for (int k = from; k < to; k++)
        {
            // ("Mulai dari Kemenpora hingga warganet memprotes": the ends of a range act together, grammar class range-joiner)
            if (grammar.Is("coordinator", s[k]) || grammar.Is("range-joiner", s[k])) joined = true;
            else if (!(s[k] == "," || grammar.Is("determiner", s[k]) || s.IsCapitalized(k))) return false;
        }
        return joined;
    }

    /// <summary>The last word of the speaker's phrase holding word <paramref name="i"/>: its actors and capitalised title words
    /// ("Menlu Retno Marsudi", "Hakim Ong Hian Sun").</summary>
    private static int SpeakerPhraseEnd(SentenceView s, int i)
    {
        while (i + 1 < s.Count && (s.ActorAt(i + 1) is not null || s.IsCapitalized(i + 1) && !s.IsPunctuation(i + 1))) i++;
        return i;
    }

    /// <summary>The first word of the speaker's phrase holding word <paramref name="i"/>.</summary>
    private static int SpeakerPhraseStart(SentenceView s, int i)
    {
        while (i - 1 >= 0 && (s.ActorAt(i - 1) is not null || s.IsCapitalized(i - 1) && !s.IsPunctuation(i - 1))) i--;
        return i;
    }

    private bool IsSay(SentenceView s, int i) => grammar.MatchAt("say", s.Words, i) > 0;

    private bool IsStop(SentenceView s, int i)
    {
        if (s[i] is ";" or ":") return true;
        foreach (var stop in Stops)
            if (grammar.MatchAt(stop, s.Words, i) > 0) return true;
        return false;
    }

    /// <summary>"menurut pemerintah", "menurut perkiraan Perserikatan Bangsa-Bangsa", "menurut data BPS": an actor right after an
    /// attribution word, or past one or two plain words naming what of theirs is cited (an estimate, a report, data).</summary>
    private bool Cited(SentenceView s, ActorMention m)
    {
        for (int k = m.FirstWord - 1; k >= 0 && k >= m.FirstWord - 3; k--)
        {
            if (grammar.Is("attribution", s[k])) return true;
            if (s.IsPunctuation(k) || s.ActorAt(k) is not null || s.IsCapitalized(k) || grammar.Is("preposition", s[k]) || IsSay(s, k)) return false;
        }
        return false;
    }

    /// <summary>"di Brussels, Belgia": a place named where something happens (after a locative preposition,
    /// past other capitalised place words and commas) is where, not whom.</summary>
    private bool IsLocation(SentenceView s, ActorMention m)
    {
        for (int k = m.FirstWord - 1; k >= 0 && k >= m.FirstWord - 6; k--)
        {
            if (grammar.Is("locative-agent-preposition", s[k])) return true;
            if (!(s[k] == "," || s.IsCapitalized(k) || grammar.Is("place-noun", s[k]))) return false;
        }
        return false;
    }

    /// <summary>"Seoul (ANTARA News) - Korea Utara memperingatkan …", "JAKARTA – …": the place a lead opens with,
    /// before the agency and the dash, is where the report was filed.</summary>
    private static bool IsDateline(SentenceView s, ActorMention m)
    {
        if (m.FirstWord != 0 || s.Index > 1) return false;
        for (int k = m.LastWord + 1; k < s.Count && k <= m.LastWord + 8; k++)
            if (s[k] is "-" or "\u2013" or "\u2014" or "--") return true;
        return false;
    }

    /// <summary>The actor at word <paramref name="i"/> unless it is the source or whom the act is for
    /// ("menuntut perbaikan jaminan untuk seluruh rakyat": the people benefit, the demand is not aimed at them).</summary>
    private ActorRef? Other(SentenceView s, int i, ActorRef source, bool instrumentRoot)
    {
        if (s.ActorAt(i) is not { } m || m.Code == source.Code || m.Start == source.Start) return null;
        if (instrumentRoot && m.Code.Length > 3 && source.Code.Length >= 3 && m.Code[..3] == source.Code[..3] && grammar.Is("instrument-role", m.Code[3..].ToLowerInvariant()))
            return null;
        // ("mengucapkan belasungkawa melalui akun Twitter", "berbagi data intelijen mengenai kelompok tersebut": the channel an
        // act goes through and what it is about, classes channel-preposition and topic-preposition, are no more its target than
        // whom it is for)
        // ("tentang Komisi Pemberantasan Korupsi (KPK)": an abbreviation in brackets stands where the full name stands)
        var lead = m.FirstWord >= 2 && s[m.FirstWord - 1] == "(" && s.ActorAt(m.FirstWord - 2) is { } full ? full : m;
        for (int k = lead.FirstWord - 1; k >= 0 && k >= lead.FirstWord - 2; k--)
            if (grammar.Is("benefactive", s[k]) || grammar.Is("channel-preposition", s[k]) || grammar.Is("topic-preposition", s[k])) return null;
        // "…, menurut pemerintah, berawal dari serangan …": who the sentence cites is its source of information
        if (Cited(s, lead)) return null;
        if (IsLocation(s, lead) || IsDateline(s, m)) return null;
        // "Chinese officials declined …": the source's own country named bare is a description (ImplicitActors)
        if (m.Code.Length == 3 && source.Code.StartsWith(m.Code, StringComparison.Ordinal)) return null;
        return new ActorRef(m.Code, m.Start, m.End);
    }
}
