using Warta.Events.Language;
using Warta.Events.Patterns;

namespace Warta.Events.Coding;

/// <summary>
/// The facts about a word alone that <see cref="ArgumentFinder"/> reads for every word of every sentence: its word
/// classes, whether it looks like a verb and whether it can start a trigger (to decide whether it is verb-like), and the
/// classes that make clause boundaries and prepositional phrases. They were some twenty look-ups per word (the
/// argument finder's constructor was a quarter of the event stage); here they are one number per distinct word, computed once and kept in a bounded
/// <see cref="WordCache{T}"/>. Only what depends on the word's neighbours is left to the caller.
/// </summary>
public sealed class VerbCues
{
    [Flags]
    public enum Cue : uint
    {
        None = 0,
        /// <summary>A verb marker (English modals, "to"): a trigger word after it is a verb.</summary>
        VerbMarker = 1 << 0,
        /// <summary>The word can start a pattern's trigger.</summary>
        Trigger = 1 << 1,
        /// <summary>A preposition (plain, agent or target).</summary>
        Preposition = 1 << 2,
        /// <summary>An auxiliary or a listed noun: never verb-like.</summary>
        AuxOrNoun = 1 << 3,
        /// <summary>A determiner that is no complementizer: a noun follows it.</summary>
        Determiner = 1 << 4,
        /// <summary>A number word, a number in digits or "percent": a noun follows it.</summary>
        Quantity = 1 << 5,
        /// <summary>A verb describing a noun ("berinisial", "bernama").</summary>
        Describing = 1 << 6,
        /// <summary>A participle used only as an adjective before a noun ("alleged").</summary>
        AdjectiveParticiple = 1 << 7,
        /// <summary>An adverb marker ("secara", "dengan"): the word after it is no verb.</summary>
        AdverbMarker = 1 << 8,
        /// <summary>Shaped like a verb (morphology) or listed as one.</summary>
        Verb = 1 << 9,
        /// <summary>";", ":" or a complementizer: always a clause boundary.</summary>
        ClauseMark = 1 << 10,
        /// <summary>Grammar class boundary ("tetapi", "ketika"): a clause boundary unless its neighbours say otherwise.</summary>
        Boundary = 1 << 11,
        /// <summary>Grammar class aux alone (<see cref="AuxOrNoun"/> also holds the listed nouns).</summary>
        Aux = 1 << 12,
        Negator = 1 << 13,
        NegatorAdverb = 1 << 14,
        Partitive = 1 << 15,
        QuantityHedge = 1 << 16,
        /// <summary>Grammar class number-word alone (<see cref="Quantity"/> also holds digits and "percent").</summary>
        NumberWord = 1 << 17,
        TargetPreposition = 1 << 18,
        /// <summary>Some character of the word is an ASCII digit.</summary>
        HasDigit = 1 << 19,
        Relative = 1 << 20,
        Coordinator = 1 << 21,
        /// <summary>A trigger word all of whose readings are nouns or bare stems, whatever follows it
        /// (<see cref="PatternDictionary.NounOrBareAlone"/> true).</summary>
        OnlyNounOrBare = 1 << 22,
        /// <summary>A trigger word with a one-word verb reading: never only a noun or bare stem (that method false).</summary>
        VerbReading = 1 << 23,
        /// <summary>The word starts a word or phrase of a class <see cref="Discourse.DeonticAppeals.Find"/> asks at every word
        /// (<see cref="Discourse.DeonticAppeals.ScanClasses"/>): a sentence with none is passed over.</summary>
        AppealScan = 1 << 24,
        /// <summary>As <see cref="AppealScan"/> for <see cref="Discourse.PurposeAppeals.ScanClasses"/>.</summary>
        PurposeScan = 1 << 25,
        /// <summary>As <see cref="AppealScan"/> for <see cref="Discourse.StatedJudgements.ScanClasses"/>.</summary>
        JudgementScan = 1 << 26,
        /// <summary>As <see cref="AppealScan"/> for <see cref="Discourse.SuspicionClauses.ScanClasses"/>.</summary>
        SuspicionScan = 1 << 27,
    }

    private readonly EventGrammar _g;
    private readonly ITriggerMorphology _morphology;
    private readonly PatternDictionary _patterns;
    private readonly WordCache<uint> _cues = new();
    // made once: a lambda using the instance would be a new delegate at every call
    private readonly Func<string, uint> _compute;

    public VerbCues(EventLanguage language)
    {
        _g = language.Grammar;
        _morphology = language.Morphology;
        _patterns = language.Patterns;
        _compute = w => (uint)Compute(w);
        _appealStarts = Starts(language.Grammar, Discourse.DeonticAppeals.ScanGrammarClasses, Starts(language.Appeals, Discourse.DeonticAppeals.ScanClasses));
        _purposeStarts = Starts(language.Appeals, Discourse.PurposeAppeals.ScanClasses);
        _judgementStarts = Starts(language.Judgements, Discourse.StatedJudgements.ScanClasses);
        _suspicionStarts = Starts(language.Suspicion, Discourse.SuspicionClauses.ScanClasses);
        DeterminerBeforeNoun = _g.Setting("possessor", "after") == "before";
    }

    /// <summary>Determiners and numbers come before nouns (English): the word after one is a noun.</summary>
    public bool DeterminerBeforeNoun { get; }

    // the words that start a word or phrase of the classes each discourse scan asks at every word (empty when the
    // language has no such file: its scan never runs)
    private readonly HashSet<string> _appealStarts, _purposeStarts, _judgementStarts, _suspicionStarts;

    private static HashSet<string> Starts(EventGrammar? grammar, string[] classes, HashSet<string>? into = null)
    {
        into ??= new HashSet<string>(StringComparer.Ordinal);
        if (grammar is not null)
            foreach (var c in classes) into.UnionWith(grammar.StartsOf(c));
        return into;
    }

    public Cue Of(string word) => (Cue)_cues.GetOrAdd(word, _compute);

    private Cue Compute(string w)
    {
        var c = Cue.None;
        if (_g.Is("verb-marker", w)) c |= Cue.VerbMarker;
        if (_patterns.IsTriggerWord(w)) c |= Cue.Trigger;
        if (_g.Is("preposition", w) || _g.Is("agent-preposition", w) || _g.Is("target-preposition", w)) c |= Cue.Preposition;
        if (_g.Is("aux", w) || _g.Is("noun", w)) c |= Cue.AuxOrNoun;
        if (_g.Is("determiner", w) && !_g.Is("complementizer", w)) c |= Cue.Determiner;
        if (_g.Is("number-word", w) || w.Length > 0 && w.All(char.IsAsciiDigit) || w == "percent") c |= Cue.Quantity;
        if (_g.Is("describing-verb", w)) c |= Cue.Describing;
        if (_g.Is("adjective-participle", w)) c |= Cue.AdjectiveParticiple;
        if (_g.Is("adverb-marker", w)) c |= Cue.AdverbMarker;
        if (_morphology.LooksLikeVerb(w) || _g.Is("verb", w)) c |= Cue.Verb;
        if (w is ";" or ":" || _g.Is("complementizer", w)) c |= Cue.ClauseMark;
        if (_g.Is("boundary", w)) c |= Cue.Boundary;
        if (_g.Is("aux", w)) c |= Cue.Aux;
        if (_g.Is("negator", w)) c |= Cue.Negator;
        if (_g.Is("negator-adverb", w)) c |= Cue.NegatorAdverb;
        if (_g.Is("partitive", w)) c |= Cue.Partitive;
        if (_g.Is("quantity-hedge", w)) c |= Cue.QuantityHedge;
        if (_g.Is("number-word", w)) c |= Cue.NumberWord;
        if (_g.Is("target-preposition", w)) c |= Cue.TargetPreposition;
        if (w.Any(char.IsAsciiDigit)) c |= Cue.HasDigit;
        if (_g.Is("relative", w)) c |= Cue.Relative;
        if (_g.Is("coordinator", w)) c |= Cue.Coordinator;
        if (_appealStarts.Contains(w)) c |= Cue.AppealScan;
        if (_purposeStarts.Contains(w)) c |= Cue.PurposeScan;
        if (_judgementStarts.Contains(w)) c |= Cue.JudgementScan;
        if (_suspicionStarts.Contains(w)) c |= Cue.SuspicionScan;
        switch (_patterns.NounOrBareAlone(w))
        {
            case true: c |= Cue.OnlyNounOrBare; break;
            case false: c |= Cue.VerbReading; break;
        }
        return c;
    }
}
