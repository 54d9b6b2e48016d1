namespace Warta.Entities;

/// <summary>
/// Trains a <see cref="NerModel"/> as a structured averaged perceptron (Collins 2002): decode each
/// sentence with Viterbi under the current weights and, where the best path differs from the gold one,
/// add the gold path's features and subtract the predicted path's. Averaging uses the lazy
/// "w − u/c" form. Deterministic: fixed data order, a seeded shuffle per epoch, single thread.
/// When the features have an <see cref="EntityMemory"/>, each sentence is featurized with the memory of
/// the other <see cref="MemoryFolds"/> − 1 folds of the training sentences (jackknifing).
/// </summary>
public sealed class PerceptronTrainer(NerFeatures features, int epochs = 12, ulong seed = 20211021)
{
    /// <summary>Many small folds: each training sentence then sees a memory almost as full as the shipped one
    /// (dev F1 over 4 seeds: 5 folds 0.840, 10 folds 0.846, 20 folds 0.849, 50 folds 0.847).</summary>
    public const int MemoryFolds = 20;
    private const int T = NerTags.Count;

    public NerModel Train(IReadOnlyList<TaggedSentence> sentences, string description, Action<string>? log = null)
    {
        int buckets = 1 << features.Bits;
        var w = new float[buckets * T];
        var u = new double[buckets * T];
        var trans = new float[(T + 1) * T];
        var transU = new double[(T + 1) * T];

        var memories = features.Memory is null ? null : EntityMemory.Jackknife(sentences, MemoryFolds);
        var feats = new int[sentences.Count][];
        for (int s = 0; s < sentences.Count; s++)
        {
            var (text, spans) = TokenTaggerExtensions.Layout(sentences[s].Tokens);
            feats[s] = new int[spans.Length * NerFeatures.PerToken];
            features.Extract(text, spans, feats[s], sentences[s].Domain, domainCopies: true, memories?[sentences[s].Fold % MemoryFolds]);
        }

        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var rng = seed == 0 ? 1UL : seed;
        double c = 1;
        var current = new NerModel(features.Bits, w, trans, description);
        var predicted = new int[sentences.Max(s => s.Tokens.Length)];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            for (int i = order.Length - 1; i > 0; i--)
            {
                rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
                int j = (int)(rng % (ulong)(i + 1));
                (order[i], order[j]) = (order[j], order[i]);
            }
            int errors = 0, tokens = 0;
            foreach (int s in order)
            {
                var gold = sentences[s].Tags;
                int n = gold.Length;
                var pred = predicted.AsSpan(0, n);
                current.Decode(feats[s], NerFeatures.PerToken, n, pred);
                tokens += n;
                for (int i = 0; i < n; i++)
                {
                    int gp = i == 0 ? -1 : gold[i - 1], pp = i == 0 ? -1 : pred[i - 1];
                    if (gold[i] == pred[i] && gp == pp) continue;
                    if (gold[i] != pred[i])
                    {
                        errors++;
                        foreach (int f in feats[s].AsSpan(i * NerFeatures.PerToken, NerFeatures.PerToken))
                        {
                            Update(w, u, f * T + gold[i], 1, c);
                            Update(w, u, f * T + pred[i], -1, c);
                        }
                    }
                    Update(trans, transU, (gp + 1) * T + gold[i], 1, c);
                    Update(trans, transU, (pp + 1) * T + pred[i], -1, c);
                }
                c++;
            }
            log?.Invoke($"epoch {epoch}/{epochs}: {errors} token errors of {tokens} ({100.0 * errors / tokens:F2}%)");
        }
        Average(w, u, c);
        Average(trans, transU, c);
        return new NerModel(features.Bits, w, trans, description).FoldDomain(features, NerFeatures.TargetDomain);
    }

    private static void Update(float[] w, double[] u, int index, int delta, double c)
    {
        w[index] += delta;
        u[index] += c * delta;
    }

    private static void Average(float[] w, double[] u, double c)
    {
        for (int i = 0; i < w.Length; i++) w[i] = (float)(w[i] - u[i] / c);
    }
}
