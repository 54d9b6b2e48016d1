namespace Warta.Events.Coding;

/// <summary>Argument shapes of event nouns that need the clause analysis: whether a noun's complement is followed by the phrase
/// of its patient. Switched on by its grammar class (data/&lt;lang&gt;/events/grammar.tsv), so a language without it is
/// unchanged.</summary>
public sealed partial class ArgumentFinder
{
    /// <summary>"Penolakan warga Desa Sukamaju terhadap pembangunan pabrik", "pemeriksaan KPK terhadap saksi": the
    /// complement of a noun is followed — past determiners and the rest of its name — by a phrase of a preposition of grammar
    /// class patient-after-complement ("terhadap"), which names whom the act is done to; the complement then is its doer,
    /// even where no actor stands in that phrase. False when the class is empty.</summary>
    public bool PatientPhraseAfter(ActorMention complement)
    {
        int end = Math.Min(ClauseEnd(complement.LastWord), complement.LastWord + 1 + MaxComplementTail);
        for (int k = complement.LastWord + 1; k < end; k++)
        {
            var w = _s[k];
            if (_g.Is("patient-after-complement", w)) return true;
            // the complement's own name or title continues ("warga Desa Sukamaju", "PPP kubu Djan Faridz"); a determiner closes it
            if (_s.IsPunctuation(k) || IsVerbLike(k) || IsPreposition(w) || _g.Is("relative", w) || IsBoundary(k)) return false;
        }
        return false;
    }

    /// <summary>"\"…,\" kata Kapolri usai pertemuan dengan Presiden", "Jokowi menyampaikan hal itu dalam pertemuan dengan PM Lee":
    /// an event noun right after a frame-opener (past determiners) that closes a clause, not opening the sentence, is done by
    /// the speaker the frame follows, else by the subject of the nearest active verb before it in the sentence (no punctuation
    /// or clause boundary between; a passive's subject is its patient). Empty when none; no demonstrative may follow the noun
    /// (an act named again is the article's earlier mention).</summary>
    public List<ActorMention> TrailingFrameSubject(int noun)
    {
        int k = noun - 1;
        while (k >= 0 && _g.Is("determiner", _s[k])) k--;
        if (k < 1 || !_g.Is("frame-opener", _s[k]) || PlainLead(k)) return [];
        for (int j = noun + 1; j < _s.Count && j <= noun + MaxFrameNounPhrase && !_s.IsPunctuation(j); j++)
            if (_g.Is("demonstrative", _s[j])) return [];
        if (SpeakerBeforeSubordinate(noun, k + 1) is { Count: > 0 } speaker) return speaker;
        for (int v = k - 1; v >= 0; v--)
        {
            if (_s.IsPunctuation(v) || _boundary[v]) return [];
            if (!IsVerbLike(v) || _inPhrase[v] || _s.ActorAt(v) is not null) continue;
            return _lang.Morphology.LooksPassive(_s[v]) ? [] : Subject(v, 1);
        }
        return [];
    }

    /// <summary>How far after a framing noun a demonstrative still names it again.</summary>
    private const int MaxFrameNounPhrase = 6;

    /// <summary>How many words of the complement's name may stand between it and the patient's preposition.</summary>
    private const int MaxComplementTail = 3;
}
