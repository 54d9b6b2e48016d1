namespace Warta.Events.Learned;

/// <summary>One candidate word seen in training: its features and its label (0 = no trigger, else the CAMEO root).</summary>
public sealed record TriggerExample(IReadOnlyList<string> Features, int Label);

/// <summary>
/// Trains a <see cref="TriggerModel"/> as a multi-class averaged perceptron (the per-token half of
/// <c>Warta.Entities.PerceptronTrainer</c>, without hashing or Viterbi: the examples are few and the weights are kept
/// by feature name so the model file stays readable). Deterministic: fixed example order, a seeded xorshift shuffle per
/// epoch. Weights whose magnitude stays below <paramref name="prune"/> after averaging are dropped.
/// </summary>
public sealed class TriggerTrainer(int epochs = 10, ulong seed = 20261127, float prune = 0.05f)
{
    private const int L = TriggerModel.LabelCount;

    public TriggerModel Train(IReadOnlyList<TriggerExample> examples, float threshold)
    {
        var w = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var u = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var rng = seed == 0 ? 1UL : seed;
        double c = 1;
        Span<float> scores = stackalloc float[L];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            for (int i = order.Length - 1; i > 0; i--)
            {
                rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
                int j = (int)(rng % (ulong)(i + 1));
                (order[i], order[j]) = (order[j], order[i]);
            }
            foreach (int e in order)
            {
                var ex = examples[e];
                scores.Clear();
                foreach (var f in ex.Features)
                    if (w.TryGetValue(f, out var row)) for (int l = 0; l < L; l++) scores[l] += row[l];
                int predicted = 0;
                for (int l = 1; l < L; l++) if (scores[l] > scores[predicted]) predicted = l;
                if (predicted != ex.Label)
                    foreach (var f in ex.Features)
                    {
                        if (!w.TryGetValue(f, out var row)) { w[f] = row = new float[L]; u[f] = new double[L]; }
                        var acc = u[f];
                        row[ex.Label] += 1; acc[ex.Label] += c;
                        row[predicted] -= 1; acc[predicted] -= c;
                    }
                c++;
            }
        }
        var averaged = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var (f, row) in w)
        {
            var acc = u[f];
            var avg = new float[L];
            bool any = false;
            for (int l = 0; l < L; l++)
            {
                // rounded as the file stores them, so a loaded model scores exactly as the trained one
                float v = MathF.Round((float)(row[l] - acc[l] / c), 3);
                if (MathF.Abs(v) < prune) v = 0;
                avg[l] = v;
                any |= v != 0;
            }
            if (any) averaged[f] = avg;
        }
        return new TriggerModel(averaged, threshold);
    }
}
