using Warta.Core;
using Warta.Entities;

namespace Warta.Evaluation.Ner;

/// <summary>Entity-level micro precision/recall/F1 like conlleval: a predicted entity counts only when
/// its token span and type both match a gold entity exactly. Per-type scores alongside.</summary>
public sealed class NerScore
{
    private readonly Dictionary<EntityType, (int Gold, int Predicted, int Correct)> _byType = [];

    public int Sentences { get; private set; }
    public int Tokens { get; private set; }

    public void Add(ReadOnlySpan<int> gold, ReadOnlySpan<int> predicted)
    {
        if (gold.Length != predicted.Length) throw new ArgumentException("Gold and predicted tag sequences differ in length.");
        Sentences++;
        Tokens += gold.Length;
        var g = NerTags.Chunks(gold);
        var p = NerTags.Chunks(predicted);
        var goldSet = g.ToHashSet();
        foreach (var c in g) Bump(c.Type, 1, 0, 0);
        foreach (var c in p) Bump(c.Type, 0, 1, goldSet.Contains(c) ? 1 : 0);
    }

    private void Bump(EntityType type, int gold, int predicted, int correct)
    {
        var v = _byType.GetValueOrDefault(type);
        _byType[type] = (v.Gold + gold, v.Predicted + predicted, v.Correct + correct);
    }

    public (int Gold, int Predicted, int Correct) Counts(EntityType? type = null) =>
        type is { } t ? _byType.GetValueOrDefault(t)
        : (_byType.Values.Sum(v => v.Gold), _byType.Values.Sum(v => v.Predicted), _byType.Values.Sum(v => v.Correct));

    public (double P, double R, double F1) Prf(EntityType? type = null)
    {
        var (gold, predicted, correct) = Counts(type);
        double p = predicted == 0 ? 0 : (double)correct / predicted;
        double r = gold == 0 ? 0 : (double)correct / gold;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    public string Report(string title)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine($"{title}: {Sentences} sentences, {Tokens} tokens");
        sb.AppendLine("type   gold  pred  correct  precision  recall  F1");
        foreach (EntityType? t in new EntityType?[] { EntityType.PER, EntityType.ORG, EntityType.LOC, null })
        {
            var (g, p, c) = Counts(t);
            var (pr, r, f) = Prf(t);
            sb.AppendLine($"{(t?.ToString() ?? "ALL"),-5} {g,5} {p,5} {c,8}  {pr,9:F4}  {r,6:F4}  {f:F4}");
        }
        return sb.ToString();
    }
}
