using Warta.Events.Coding;
using Warta.Events.Language;
using Warta.Events.Patterns;

namespace Warta.Events.Learned;

/// <summary>
/// Which words of a sentence the learned trigger model judges, and what it sees of each: the same code runs when
/// training (`warta train events`) and when coding, so both see the same candidates and features. A candidate is a
/// word the pattern dictionary does not cover as a trigger form (the dictionary handles those), outside actor names
/// and closed word classes, shaped as a verb (meN-, di-, ter-, ber-) or an -an noun (penangkapan, serangan,
/// kekecewaan), the two kinds the coder can find arguments for without a pattern line.
/// </summary>
public sealed class TriggerCandidates(PatternDictionary patterns, EventGrammar grammar, ITriggerMorphology morphology)
{
    private static readonly string[] Clitics = ["nya", "lah", "pun", "kah"];

    // the roots of the dictionary's one-word triggers by stem ("menolak" → tolak → 12): a word of the same family that the
    // dictionary does not cover ("penolakan") gets its family's roots as features, which carry to words never seen in training
    private readonly Dictionary<string, string[]> _familyRoots = patterns.Patterns
        .Where(p => p.Trigger.Count == 1 && p.Kind != TriggerKind.Say)
        .GroupBy(p => morphology.MergeLemma(p.Trigger[0]), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(p => p.Code[..2]).Distinct().Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    private static readonly string[] ClosedClasses =
        ["non-trigger", "negator", "intent", "aux", "preposition", "complementizer", "determiner", "pronoun", "say", "copula"];

    /// <summary>How the coder reads the candidate at word <paramref name="i"/>, or null when it is no candidate.</summary>
    /// <param name="dictionaryWords">Also words the dictionary knows (training only: the gold triggers it covers teach the
    /// model which stems and contexts make an event, which carries to the forms of those stems it does not cover).</param>
    public (TriggerKind Kind, Voice Voice)? KindOf(SentenceView s, int i, bool dictionaryWords = false)
    {
        var w = s[i];
        if (w.Length < 5 || s.ActorAt(i) is not null || !w.All(c => char.IsLetter(c) || c == '-')) return null;
        if (!dictionaryWords && patterns.IsTriggerWord(w)) return null;
        foreach (var c in ClosedClasses) if (grammar.Is(c, w)) return null;
        var bare = Bare(w);
        if (morphology.LooksPassive(bare)) return (TriggerKind.Verb, Voice.Passive);
        if (bare.StartsWith("me", StringComparison.Ordinal) && morphology.LooksLikeVerb(bare)) return (TriggerKind.Verb, Voice.Active);
        if (bare.StartsWith("ter", StringComparison.Ordinal) && bare.Length > 6) return (TriggerKind.Verb, Voice.Passive);
        // ber- verbs take their target in a phrase ("bertemu dengan"), as the dictionary's ber- patterns do
        if (bare.StartsWith("ber", StringComparison.Ordinal) && bare.Length > 6) return (TriggerKind.Intransitive, Voice.Active);
        // ("penjajakan", "ketidakberpihakan": a pe-/ke- noun whose stem ends in k; other -kan words are verbs)
        if (bare.Length >= 7 && bare.EndsWith("an", StringComparison.Ordinal)
            && (!bare.EndsWith("kan", StringComparison.Ordinal) || bare.StartsWith("pe", StringComparison.Ordinal) || bare.StartsWith("ke", StringComparison.Ordinal)))
            return (TriggerKind.Noun, Voice.Active);
        return null;
    }

    /// <summary>The word without a clitic ("dukungannya" → "dukungan").</summary>
    public static string Bare(string w)
    {
        foreach (var c in Clitics)
            if (w.Length > c.Length + 4 && w.EndsWith(c, StringComparison.Ordinal)) return w[..^c.Length];
        return w;
    }

    /// <summary>The candidate's features: the word, its stem, affixes, kind, neighbours, actors before and after in the
    /// sentence, negation or a modal shortly before it.</summary>
    public List<string> Features(SentenceView s, int i, TriggerKind kind, Voice voice)
    {
        var w = Bare(s[i]);
        var stem = morphology.MergeLemma(w);
        var f = new List<string>(20)
        {
            "bias",
            "w=" + w,
            "stem=" + stem,
            "p3=" + w[..3],
            "p4=" + w[..4],
            "x3=" + w[^3..],
            "kind=" + kind + voice,
            "w-1=" + Neighbour(s, i - 1),
            "w+1=" + Neighbour(s, i + 1),
            "w+2=" + Neighbour(s, i + 2),
            "stem|w+1=" + stem + "|" + Neighbour(s, i + 1),
        };
        if (_familyRoots.TryGetValue(stem, out var roots))
        {
            f.Add("family");
            foreach (var r in roots) f.Add("family=" + r);
        }
        bool before = false, after = false;
        for (int k = 0; k < s.Count; k++)
            if (s.ActorAt(k) is not null) { if (k < i) before = true; else if (k > i) after = true; }
        f.Add(before ? "actor-before" : "no-actor-before");
        f.Add(after ? "actor-after" : "no-actor-after");
        if (s.ActorAt(i + 1) is not null) f.Add("actor-next");
        for (int k = i - 1; k >= 0 && k >= i - 3; k--)
        {
            if (grammar.Is("negator", s[k])) f.Add("negated");
            if (grammar.Is("intent", s[k]) || grammar.Is("deontic", s[k]) || grammar.Is("hypothetical", s[k])) f.Add("modal");
        }
        return f;
    }

    /// <summary>A neighbouring word as a feature value: actors, numbers and punctuation by class (so a name seen once in
    /// training is no feature).</summary>
    private static string Neighbour(SentenceView s, int k)
    {
        if (k < 0) return "<s>";
        if (k >= s.Count) return "</s>";
        if (s.ActorAt(k) is not null) return "<actor>";
        var w = s[k];
        if (w.Any(char.IsDigit)) return "<num>";
        return w.All(c => char.IsLetter(c) || c == '-') ? w : "<p>";
    }
}
