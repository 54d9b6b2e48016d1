using System.Globalization;
using System.Text;

namespace Warta.Events.Learned;

/// <summary>
/// A linear classifier over the words the pattern dictionary does not know as triggers: for one candidate word's
/// features (<see cref="TriggerCandidates"/>) it scores "no trigger" (O) and each CAMEO root 01–20. A root is proposed
/// when it beats O by more than <see cref="Threshold"/>. Trained by <see cref="TriggerTrainer"/> (`warta train
/// events`) and stored as plain text: <c>data/&lt;lang&gt;/events/trigger-model.tsv</c>, header lines naming the
/// training data, then <c>threshold TAB value</c> and one <c>feature TAB label TAB weight</c> line per non-zero weight.
/// </summary>
public sealed class TriggerModel
{
    public const string FileName = "trigger-model.tsv";

    /// <summary>Label 0 is "no trigger"; label r (1–20) is CAMEO root r.</summary>
    public const int LabelCount = 21;

    private readonly Dictionary<string, float[]> _weights;

    public TriggerModel(Dictionary<string, float[]> weights, float threshold)
    {
        if (weights.Values.Any(w => w.Length != LabelCount)) throw new ArgumentException($"every feature needs {LabelCount} weights", nameof(weights));
        _weights = weights;
        Threshold = threshold;
    }

    /// <summary>How far a root's score must exceed O's for the word to be proposed as its trigger.</summary>
    public float Threshold { get; }

    public int FeatureCount => _weights.Count;

    public IReadOnlyDictionary<string, float[]> Weights => _weights;

    public TriggerModel WithThreshold(float threshold) => new(_weights, threshold);

    public static string RootOf(int label) => label.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>0 for O, else the root's label; "14" → 14.</summary>
    public static int LabelOf(string root) =>
        int.TryParse(root, NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r is >= 1 and <= 20 ? r : 0;

    /// <summary>Adds the features' weights into <paramref name="scores"/> (length <see cref="LabelCount"/>).</summary>
    public void Score(IEnumerable<string> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in features)
            if (_weights.TryGetValue(f, out var w))
                for (int l = 0; l < LabelCount; l++) scores[l] += w[l];
    }

    /// <summary>The best root (1–20) and its margin over O.</summary>
    public (int Label, float Margin) Best(IEnumerable<string> features)
    {
        Span<float> scores = stackalloc float[LabelCount];
        Score(features, scores);
        int best = 1;
        for (int l = 2; l < LabelCount; l++) if (scores[l] > scores[best]) best = l;
        return (best, scores[best] - scores[0]);
    }

    /// <summary>The root proposed for the features, or null when no root beats O by more than the threshold.</summary>
    public string? Propose(IEnumerable<string> features)
    {
        var (label, margin) = Best(features);
        return margin > Threshold ? RootOf(label) : null;
    }

    /// <summary>Loads <see cref="FileName"/> from a language's event folder; null when the folder has none (the coder
    /// then works from its dictionary alone, as before the model existed).</summary>
    public static TriggerModel? LoadIfPresent(string folder)
    {
        var path = Path.Combine(folder, FileName);
        return File.Exists(path) ? Load(path) : null;
    }

    public static TriggerModel Load(string path)
    {
        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        float? threshold = null;
        foreach (var (line, f) in DataFile.ReadRows(path))
        {
            if (f.Length == 2 && f[0] == "threshold" && float.TryParse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var t))
            {
                threshold = t;
                continue;
            }
            if (f.Length != 3 || LabelOf(f[1]) == 0 && f[1] != "O"
                || !float.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
                throw DataFile.Error(path, line, "expected 'threshold<TAB>number' or 'feature<TAB>O|01..20<TAB>weight'.");
            if (!weights.TryGetValue(f[0], out var row)) weights[f[0]] = row = new float[LabelCount];
            row[f[1] == "O" ? 0 : LabelOf(f[1])] = weight;
        }
        if (threshold is null) throw new InvalidDataException($"{path}: no 'threshold' line; re-run 'warta train events'.");
        return new TriggerModel(weights, threshold.Value);
    }

    /// <summary>Writes the header (each line prefixed with '# '), the threshold and the non-zero weights, sorted.</summary>
    public void Save(string path, IEnumerable<string> header)
    {
        var sb = new StringBuilder();
        foreach (var h in header) sb.Append("# ").Append(h).Append('\n');
        sb.Append(string.Create(CultureInfo.InvariantCulture, $"threshold\t{Threshold:0.###}\n"));
        foreach (var (feature, w) in _weights.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            for (int l = 0; l < LabelCount; l++)
                if (w[l] != 0)
                    sb.Append(feature).Append('\t').Append(l == 0 ? "O" : RootOf(l)).Append('\t')
                        .Append(w[l].ToString("0.###", CultureInfo.InvariantCulture)).Append('\n');
        File.WriteAllText(path, sb.ToString());
    }
}
