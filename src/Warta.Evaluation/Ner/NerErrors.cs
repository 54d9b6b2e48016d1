using Warta.Core;
using Warta.Entities;

namespace Warta.Evaluation.Ner;

/// <summary>
/// Error analysis of a tagger on a gold CoNLL set: every gold or predicted entity that is not matched
/// exactly, classified as a type confusion (same span, other type), a boundary error (overlapping span),
/// a miss or a spurious entity. The report counts the classes per type and lists the most frequent
/// surface forms first, so the next change can target what actually goes wrong.
/// </summary>
public sealed class NerErrors
{
    public enum Kind { WrongType, Boundary, Missed, Spurious }

    public sealed record Error(Kind Kind, EntityType? Gold, EntityType? Predicted, string GoldText, string PredictedText);

    private readonly List<Error> _errors = [];

    public IReadOnlyList<Error> Errors => _errors;

    public static NerErrors Collect(ITokenTagger tagger, IReadOnlyList<TaggedSentence> gold)
    {
        var errors = new NerErrors();
        foreach (var s in gold) errors.Add(s.Tokens, s.Tags, tagger.Tag(s.Tokens));
        return errors;
    }

    public void Add(string[] tokens, int[] gold, int[] predicted)
    {
        var g = NerTags.Chunks(gold);
        var p = NerTags.Chunks(predicted);
        string Text((int Start, int End, EntityType Type) c) => string.Join(' ', tokens[c.Start..c.End]);
        static bool Overlap((int Start, int End, EntityType) a, (int Start, int End, EntityType) b) => a.Start < b.End && b.Start < a.End;
        foreach (var c in g)
        {
            if (p.Contains(c)) continue;
            var same = p.FindIndex(x => x.Start == c.Start && x.End == c.End);
            if (same >= 0) { _errors.Add(new(Kind.WrongType, c.Type, p[same].Type, Text(c), Text(p[same]))); continue; }
            var over = p.FindIndex(x => Overlap(x, c));
            _errors.Add(over >= 0
                ? new(Kind.Boundary, c.Type, p[over].Type, Text(c), Text(p[over]))
                : new(Kind.Missed, c.Type, null, Text(c), ""));
        }
        foreach (var c in p)
        {
            if (g.Contains(c) || g.Exists(x => Overlap(x, c))) continue;
            _errors.Add(new(Kind.Spurious, null, c.Type, "", Text(c)));
        }
    }

    public string Report(int top)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("errors by kind and type (gold -> predicted):");
        foreach (var group in _errors.GroupBy(e => (e.Kind, e.Gold, e.Predicted)).OrderByDescending(x => x.Count()).ThenBy(x => x.Key.ToString(), StringComparer.Ordinal))
            sb.AppendLine($"  {group.Count(),4}  {group.Key.Kind,-9} {group.Key.Gold?.ToString() ?? "-",-3} -> {group.Key.Predicted?.ToString() ?? "-"}");
        sb.AppendLine($"most frequent errors (top {top}):");
        foreach (var group in _errors.GroupBy(e => e).OrderByDescending(x => x.Count()).ThenBy(x => x.Key.ToString(), StringComparer.Ordinal).Take(top))
        {
            var e = group.Key;
            sb.AppendLine($"  {group.Count(),3}  {e.Kind,-9} gold {e.Gold?.ToString() ?? "-",-3} [{e.GoldText}]  predicted {e.Predicted?.ToString() ?? "-",-3} [{e.PredictedText}]");
        }
        return sb.ToString();
    }
}
