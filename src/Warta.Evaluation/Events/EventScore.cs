namespace Warta.Evaluation.Events;

/// <summary>
/// Micro precision/recall/F1 over per-sentence sets of (source, target, root) — repeats inside a sentence
/// count once, as in the gold — plus the share of no-event gold sentences where anything was predicted.
/// </summary>
public sealed class EventScore
{
    public int TruePositives { get; private set; }
    public int FalsePositives { get; private set; }
    public int FalseNegatives { get; private set; }
    public int NoEventSentences { get; private set; }
    public int NoEventSentencesWithPrediction { get; private set; }
    public int Sentences { get; private set; }

    public void Add(IEnumerable<string> gold, IEnumerable<string> predicted)
    {
        var g = gold.ToHashSet(StringComparer.Ordinal);
        var p = predicted.ToHashSet(StringComparer.Ordinal);
        Sentences++;
        int tp = g.Count(p.Contains);
        TruePositives += tp;
        FalsePositives += p.Count - tp;
        FalseNegatives += g.Count - tp;
        if (g.Count == 0)
        {
            NoEventSentences++;
            if (p.Count > 0) NoEventSentencesWithPrediction++;
        }
    }

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double NoEventFalsePositiveRate => NoEventSentences == 0 ? 0 : (double)NoEventSentencesWithPrediction / NoEventSentences;

    public override string ToString() =>
        $"P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}  (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})";
}
