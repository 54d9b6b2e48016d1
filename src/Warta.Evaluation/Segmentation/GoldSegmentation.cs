using Warta.Core;

namespace Warta.Evaluation.Segmentation;

/// <summary>A text with its gold sentence and token spans (end exclusive). <see cref="MergedSentences"/> are gold
/// sentences that by the gold tokens themselves hold several (a free-standing "." then a capital), which
/// the lenient score does not hold against a segmenter that splits them.</summary>
public sealed record GoldDocument(string Text, IReadOnlyList<TextSpan> Sentences, IReadOnlyList<TextSpan> Tokens)
{
    public IReadOnlyList<TextSpan> MergedSentences { get; init; } = [];
    /// <summary>Gold clitics of each token (parallel to <see cref="Tokens"/>), or empty when not annotated.</summary>
    public IReadOnlyList<Clitic> TokenClitics { get; init; } = [];
}

/// <summary>A named set of gold documents, e.g. one UD treebank split.</summary>
public sealed record GoldCorpus(string Name, string Role, IReadOnlyList<GoldDocument> Documents)
{
    public int SentenceCount => Documents.Sum(d => d.Sentences.Count);
    public int MergedSentenceCount => Documents.Sum(d => d.MergedSentences.Count);
    /// <summary>Gold tokens that could not be found in the sentence text (left out of scoring).</summary>
    public int UnalignedTokens { get; init; }
}
