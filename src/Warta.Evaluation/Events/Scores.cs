using System.Globalization;
using Warta.Core;
using Warta.Events.Ontology;

namespace Warta.Evaluation.Events;

/// <summary>
/// The levels an event set is scored at, per sentence: (source, target, root) — the headline —,
/// (source, root), root alone, and the same with PLOVER event types instead of CAMEO roots. A gold event's
/// PLOVER type is that of its full CAMEO code when the annotator gave one, else that of its root; a
/// predicted event's is that of its code. CAMEO 01/02 (statements, appeals) have no PLOVER type and are
/// compared as "(none)".
/// </summary>
public sealed class Scores(CameoOntology ontology)
{
    private readonly EventScore _full = new(), _sourceRoot = new(), _root = new(), _ploverFull = new(), _plover = new();
    private readonly EventScore _article = new();
    private readonly SortedDictionary<string, EventScore> _byRoot = new(StringComparer.Ordinal);

    /// <summary>One article's distinct (source, target, root) over its annotated sentences, gold and predicted:
    /// what a user of the article's merged event list sees, whichever sentence an event was told in.</summary>
    public void AddArticle(IEnumerable<GoldEvent> gold, IEnumerable<EventRecord> predicted) =>
        _article.Add(gold.Select(e => $"{e.Source}>{e.Target ?? "-"}:{e.Root}"), predicted.Select(m => $"{m.Source}>{m.Target ?? "-"}:{m.Root}"));

    public void Add(IReadOnlyList<GoldEvent> gold, List<EventRecord> predicted)
    {
        _full.Add(gold.Select(e => $"{e.Source}>{e.Target ?? "-"}:{e.Root}"), predicted.Select(m => $"{m.Source}>{m.Target ?? "-"}:{m.Root}"));
        _sourceRoot.Add(gold.Select(e => $"{e.Source}:{e.Root}"), predicted.Select(m => $"{m.Source}:{m.Root}"));
        _root.Add(gold.Select(e => e.Root), predicted.Select(m => m.Root));
        _ploverFull.Add(gold.Select(e => $"{e.Source}>{e.Target ?? "-"}:{PloverOf(e)}"), predicted.Select(m => $"{m.Source}>{m.Target ?? "-"}:{Named(m.Plover)}"));
        _plover.Add(gold.Select(PloverOf), predicted.Select(m => Named(m.Plover)));
        // per root: each root's (source, target, root) in the sentences where gold or prediction has it
        foreach (var root in gold.Select(e => e.Root).Concat(predicted.Select(m => m.Root)).Distinct())
        {
            if (!_byRoot.TryGetValue(root, out var score)) _byRoot[root] = score = new EventScore();
            score.Add(gold.Where(e => e.Root == root).Select(e => $"{e.Source}>{e.Target ?? "-"}"),
                predicted.Where(m => m.Root == root).Select(m => $"{m.Source}>{m.Target ?? "-"}"));
        }
    }

    private string PloverOf(GoldEvent e) =>
        Named(e.Code is { } c && ontology.Contains(c) ? ontology[c].Plover : ontology.Contains(e.Root) ? ontology[e.Root].Plover : "");

    private static string Named(string plover) => plover.Length == 0 ? "(none)" : plover;

    public void Print(TextWriter output, string what, int goldEvents)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"Event evaluation, {what}: {_full.Sentences} sentences ({_full.NoEventSentences} without events), {goldEvents} gold events"));
        output.WriteLine($"  (source, target, root):   {_full}");
        output.WriteLine($"  (source, root):           {_sourceRoot}");
        output.WriteLine($"  root only:                {_root}");
        output.WriteLine($"  (source, target, PLOVER): {_ploverFull}");
        output.WriteLine($"  PLOVER type only:         {_plover}");
        output.WriteLine(string.Create(inv, $"  no-event sentences with a predicted event: {_full.NoEventSentencesWithPrediction}/{_full.NoEventSentences} = {_full.NoEventFalsePositiveRate:0.000}"));
        // where the headline is won and lost: per root, gold events (tp+fn) and F1
        output.WriteLine("  per root, (source, target) F1 [gold events]: " + string.Join("  ", _byRoot.Select(r =>
            string.Create(inv, $"{r.Key} {r.Value.F1:0.00} [{r.Value.TruePositives + r.Value.FalseNegatives}]"))));
        if (_article.Sentences > 0)
            output.WriteLine($"  per article, distinct (source, target, root) of its annotated sentences ({_article.Sentences} articles): {_article}");
    }
}
