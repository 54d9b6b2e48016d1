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

    /// <summary>How many words of the complement's name may stand between it and the patient's preposition.</summary>
    private const int MaxComplementTail = 3;
}
