using Warta.Core;

namespace Warta.Segmentation;

/// <summary>
/// Tokens and sentences for the document, with the rules of its language (<see cref="Document.Language"/>;
/// an unknown language gets the union of all rules, without clitics). Clitics are marked on tokens
/// where the language has them.
/// </summary>
public sealed class SegmentationStage : IStage
{
    private readonly IReadOnlyDictionary<string, SegmentationRules> _rulesByLanguage;
    private readonly SegmentationRules _fallback;

    public SegmentationStage(IReadOnlyDictionary<string, SegmentationRules> rulesByLanguage)
    {
        if (rulesByLanguage.Count == 0) throw new ArgumentException("Segmentation needs rules for at least one language.", nameof(rulesByLanguage));
        _rulesByLanguage = rulesByLanguage;
        _fallback = SegmentationRules.Union([.. rulesByLanguage.Values]);
    }

    /// <summary>Loads <c>&lt;dataRoot&gt;/id/segmentation</c> and <c>&lt;dataRoot&gt;/en/segmentation</c>.</summary>
    public static SegmentationStage Load(string dataRoot) => new(new Dictionary<string, SegmentationRules>
    {
        ["id"] = SegmentationRules.Load(Path.Combine(dataRoot, "id", "segmentation")),
        ["en"] = SegmentationRules.Load(Path.Combine(dataRoot, "en", "segmentation"), splitPossessive: true),
    });

    public string Name => "segmentation";
    public Layer Needs => Layer.Text | Layer.Language;
    public Layer Adds => Layer.Tokens | Layer.Sentences;

    public SegmentationRules RulesFor(string language) =>
        _rulesByLanguage.TryGetValue(language, out var rules) ? rules : _fallback;

    public void Process(Document document)
    {
        // news text has a token every six characters or so: one list of that size, not a list grown by doubling (which
        // made and dropped every smaller array on the way)
        document.Tokens.EnsureCapacity(document.Tokens.Count + document.Text.Length / 5 + 8);
        Segment(document.Text, RulesFor(document.Language), document.Tokens, document.Sentences);
    }

    /// <summary>Segments <paramref name="text"/> into the given lists (appending).</summary>
    public static void Segment(string text, SegmentationRules rules, List<Token> tokens, List<Sentence> sentences)
    {
        int firstToken = tokens.Count;
        Tokenizer.Tokenize(text, rules, tokens);
        if (rules.Clitics is { } clitics)
            for (int i = firstToken; i < tokens.Count; i++) tokens[i] = clitics.Annotate(text, tokens[i]);
        SentenceSplitter.Split(text, tokens, firstToken, tokens.Count, rules, sentences);
    }
}
