using Warta.Core;

namespace Warta.Evaluation.Segmentation;

public sealed record PrecisionRecall(int TruePositives, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public static PrecisionRecall operator +(PrecisionRecall a, PrecisionRecall b) =>
        new(a.TruePositives + b.TruePositives, a.Predicted + b.Predicted, a.Gold + b.Gold);
}

/// <summary>Scores of one corpus, with examples of mistakes for tuning.</summary>
public sealed record SegmentationScore(string Corpus, string Role, int Sentences, int MergedSentences,
    PrecisionRecall SentenceBoundaries, PrecisionRecall LenientSentenceBoundaries, PrecisionRecall Tokens, PrecisionRecall? Clitics, IReadOnlyList<string> SentenceErrors, IReadOnlyList<string> TokenErrors);

/// <summary>
/// Sentence boundaries: the set of sentence end offsets, leaving out each document's end (always right).
/// Lenient: the same, except that a boundary predicted inside a gold sentence that holds several
/// (<see cref="GoldDocument.MergedSentences"/>) is not counted as a mistake (nor as a hit).
/// Tokens: exact (start, end) matches of token spans — a token counts only if both its ends are right.
/// </summary>
public static class SegmentationScorer
{
    public delegate void Segmenter(string text, List<Token> tokens, List<Sentence> sentences);

    public static SegmentationScore Score(GoldCorpus corpus, Segmenter segment, int maxErrors = 0)
    {
        var sentenceScore = new PrecisionRecall(0, 0, 0);
        var lenientScore = new PrecisionRecall(0, 0, 0);
        var tokenScore = new PrecisionRecall(0, 0, 0);
        var sentenceErrors = new List<string>();
        var tokenErrors = new List<string>();
        var cliticScore = new PrecisionRecall(0, 0, 0);
        bool hasClitics = false;
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        foreach (var doc in corpus.Documents)
        {
            tokens.Clear();
            sentences.Clear();
            segment(doc.Text, tokens, sentences);
            var goldEnds = doc.Sentences.Select(s => s.End).Where(e => e < doc.Text.Length).ToHashSet();
            var predictedEnds = sentences.Select(s => s.End).Where(e => e < TrimmedLength(doc.Text)).ToHashSet();
            sentenceScore += new PrecisionRecall(predictedEnds.Count(goldEnds.Contains), predictedEnds.Count, goldEnds.Count);
            var counted = predictedEnds.Where(e => !doc.MergedSentences.Any(m => m.Start < e && e < m.End)).ToList();
            lenientScore += new PrecisionRecall(counted.Count(goldEnds.Contains), counted.Count, goldEnds.Count);
            if (sentenceErrors.Count < maxErrors)
            {
                foreach (var e in predictedEnds.Where(e => !goldEnds.Contains(e)))
                    sentenceErrors.Add((doc.MergedSentences.Any(m => m.Start < e && e < m.End) ? "extra* " : "extra  ") + Around(doc.Text, e));
                foreach (var e in goldEnds.Where(e => !predictedEnds.Contains(e))) sentenceErrors.Add("missed " + Around(doc.Text, e));
            }
            if (doc.TokenClitics.Count == doc.Tokens.Count && doc.Tokens.Count > 0)
            {
                // Clitics, on the tokens both sides agree on: a hit is the exact set of clitics.
                hasClitics = true;
                var gold = new Dictionary<TextSpan, Clitic>();
                for (int i = 0; i < doc.Tokens.Count; i++) gold[doc.Tokens[i]] = doc.TokenClitics[i];
                foreach (var t in tokens)
                {
                    if (!gold.TryGetValue(t.Span, out var g)) continue;
                    cliticScore += new PrecisionRecall(g != Clitic.None && g == t.Clitics ? 1 : 0, t.Clitics != Clitic.None ? 1 : 0, g != Clitic.None ? 1 : 0);
                }
            }
            var goldTokens = doc.Tokens.ToHashSet();
            var predicted = tokens.Select(t => t.Span).ToHashSet();
            tokenScore += new PrecisionRecall(predicted.Count(goldTokens.Contains), predicted.Count, goldTokens.Count);
            if (tokenErrors.Count < maxErrors)
                foreach (var t in predicted.Where(t => !goldTokens.Contains(t)).Take(3))
                    tokenErrors.Add($"got '{doc.Text[t.Start..t.End]}' in " + Around(doc.Text, t.Start));
        }
        return new SegmentationScore(corpus.Name, corpus.Role, corpus.SentenceCount, corpus.MergedSentenceCount,
            sentenceScore, lenientScore, tokenScore, hasClitics ? cliticScore : null, sentenceErrors, tokenErrors);
    }

    private static int TrimmedLength(string text) => text.TrimEnd().Length;

    private static string Around(string text, int offset)
    {
        int from = Math.Max(0, offset - 40), to = Math.Min(text.Length, offset + 30);
        return (text[from..offset] + "⟂" + text[offset..to]).Replace('\n', '¶');
    }
}
