using Warta.Events.Language;
using Warta.Events.Patterns;

namespace Warta.Events.Coding;

/// <summary>
/// The facts about a word alone that <see cref="ArgumentFinder"/> reads to decide whether a word is verb-like: its word
/// classes, whether it looks like a verb and whether it can start a trigger. They were ten look-ups per word of every
/// sentence (a tenth of the event stage); here they are one number per distinct word, computed once and kept in a
/// bounded <see cref="WordCache{T}"/>. Only what depends on the word's neighbours is left to the caller.
/// </summary>
public sealed class VerbCues
{
    [Flags]
    public enum Cue : ushort
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
    }

    private readonly EventGrammar _g;
    private readonly ITriggerMorphology _morphology;
    private readonly PatternDictionary _patterns;
    private readonly WordCache<ushort> _cues = new();
    // made once: a lambda using the instance would be a new delegate at every call
    private readonly Func<string, ushort> _compute;

    public VerbCues(EventLanguage language)
    {
        _g = language.Grammar;
        _morphology = language.Morphology;
        _patterns = language.Patterns;
        _compute = w => (ushort)Compute(w);
        DeterminerBeforeNoun = _g.Setting("possessor", "after") == "before";
    }

    /// <summary>Determiners and numbers come before nouns (English): the word after one is a noun.</summary>
    public bool DeterminerBeforeNoun { get; }

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
        return c;
    }
}
