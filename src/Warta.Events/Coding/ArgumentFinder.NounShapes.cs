namespace Warta.Events.Coding;

/// <summary>Argument shapes of event nouns that need the clause analysis (which phrase a word sits in): whether an actor
/// sits in a between-phrase, and whether a noun's complement is followed by the phrase of its patient. Each is switched on
/// by its grammar class (data/&lt;lang&gt;/events/grammar.tsv), so a language without them is unchanged.</summary>
public sealed partial class ArgumentFinder
{
    /// <summary>"kerja sama pendidikan antara Menteri Perindustrian Airlangga Hartarto dan Menteri Pendidikan Singapura …":
    /// the actor is inside a phrase headed by a between-word (grammar class between), its title words between them
    /// included; "antara lain" (class between-not) lists examples and is none.</summary>
    public bool InBetweenPhrase(ActorMention a)
    {
        int k = a.FirstWord;
        if (!_inPhrase[k] || _phraseHead[k] < 0) return false;
        int head = _phraseHead[k];
        return _g.Is("between", _s[head]) && !(head + 1 < _s.Count && _g.Is("between-not", _s[head + 1]));
    }

    /// <summary>The sides of the between-phrase <paramref name="a"/> sits in (<see cref="BetweenSides"/> from its between-word):
    /// one actor per side past their titles, "antara Kepala BNPB Willem Rampangilei dan Komisioner Pasukan Pertahanan Sipil
    /// Singapura Eric Yap" → BNPB, Pasukan Pertahanan Sipil Singapura.</summary>
    public List<ActorMention> BetweenSidesOf(ActorMention a) => InBetweenPhrase(a) ? BetweenSides(_phraseHead[a.FirstWord]) : [];

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

    /// <summary>How many words a noun's complement may reach (<see cref="Complement"/>).</summary>
    private const int MaxComplementWords = 6;

    /// <summary>Where a stretch of <paramref name="words"/> words from <paramref name="start"/> ends when an abbreviation in
    /// parentheses does not count ("pertemuan mantan Perdana Menteri (PM) Singapura Lee Kuan Yew": the title's short form
    /// adds no distance between the noun and the name).</summary>
    private int PastAbbreviations(int start, int words)
    {
        int end = start + words;
        for (int k = start; k < end && k < _s.Count; k++)
        {
            if (_s[k] != "(") continue;
            int close = k + 1;
            while (close < _s.Count && close <= k + MaxAbbreviationWords + 1 && _s[close] != ")") close++;
            if (close >= _s.Count || _s[close] != ")") break;
            end += close - k + 1;
            k = close;
        }
        return end;
    }

    /// <summary>How many words a parenthesised abbreviation may take.</summary>
    private const int MaxAbbreviationWords = 2;

    /// <summary>How many words of the complement's name may stand between it and the patient's preposition.</summary>
    private const int MaxComplementTail = 3;
}
