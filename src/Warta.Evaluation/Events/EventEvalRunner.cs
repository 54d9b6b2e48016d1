using System.Globalization;
using Warta.Core;
using Warta.Corpora;
using Warta.Engine;
using Warta.Events;

namespace Warta.Evaluation.Events;

/// <summary>
/// <c>warta eval events</c>: runs the full pipeline on every IndoSum article of the gold set and compares,
/// sentence by sentence, the coded events (before per-article merging) with the gold at three levels:
/// (source, target, root) — the headline —, (source, root) and root alone.
/// </summary>
public static class EventEvalRunner
{
    /// <summary>English: each sentence of eval/events/en-dev.tsv is analyzed as its own one-paragraph
    /// article (published date unknown) and all its events are compared with the gold.</summary>
    public static int RunEnglish(string repoRoot, string? goldPath, bool details, TextWriter output, TextWriter error)
    {
        goldPath ??= Path.Combine(repoRoot, "eval", "events", "en-dev.tsv");
        var gold = EventGoldFile.ReadEnglish(goldPath);
        var pipeline = WartaPipeline.Create(new WartaData(Path.Combine(repoRoot, "data")));
        var events = pipeline.Stages.OfType<EventStage>().FirstOrDefault();
        if (events is null)
            error.WriteLine("warta eval events: the pipeline has no event stage yet (entities, actors or times are missing); every sentence scores as 'no event'.");
        var full = new EventScore();
        var sourceRoot = new EventScore();
        var rootOnly = new EventScore();
        foreach (var g in gold)
        {
            var doc = new Article("en-dev:" + g.Id) { Id = g.Id, Paragraphs = [g.Text], Language = "en" }.ToDocument();
            pipeline.Run(doc);
            var predicted = events?.Mentions(doc) ?? [];
            Score(g.Events, predicted, full, sourceRoot, rootOnly);
            if (details) Detail(output, g.Id, g.Events, predicted);
        }
        Print(output, $"English gold {Path.GetFileName(goldPath)} (all {gold.Count} sentences)", gold.Sum(g => g.Events.Count), full, sourceRoot, rootOnly);
        return 0;
    }

    private static void Score(IReadOnlyList<GoldEvent> gold, List<EventRecord> predicted, EventScore full, EventScore sourceRoot, EventScore rootOnly)
    {
        full.Add(gold.Select(e => $"{e.Source}>{e.Target ?? "-"}:{e.Root}"), predicted.Select(m => $"{m.Source}>{m.Target ?? "-"}:{m.Root}"));
        sourceRoot.Add(gold.Select(e => $"{e.Source}:{e.Root}"), predicted.Select(m => $"{m.Source}:{m.Root}"));
        rootOnly.Add(gold.Select(e => e.Root), predicted.Select(m => m.Root));
    }

    private static void Detail(TextWriter output, string where, IReadOnlyList<GoldEvent> gold, List<EventRecord> predicted)
    {
        var gs = string.Join(";", gold.Select(e => $"{e.Source}>{e.Target ?? "-"}:{e.Root}"));
        var ps = string.Join(";", predicted.Select(m => $"{m.Source}>{m.Target ?? "-"}:{m.Root}({m.Trigger})"));
        if (gs.Length > 0 || ps.Length > 0)
            output.WriteLine($"  {where}\tgold {(gs.Length == 0 ? "-" : gs)}\tpred {(ps.Length == 0 ? "-" : ps)}");
    }

    private static void Print(TextWriter output, string what, int goldEvents, EventScore full, EventScore sourceRoot, EventScore rootOnly)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"Event evaluation, {what}: {full.Sentences} sentences ({full.NoEventSentences} without events), {goldEvents} gold events"));
        output.WriteLine($"  (source, target, root): {full}");
        output.WriteLine($"  (source, root):         {sourceRoot}");
        output.WriteLine($"  root only:              {rootOnly}");
        output.WriteLine(string.Create(inv, $"  no-event sentences with a predicted event: {full.NoEventSentencesWithPrediction}/{full.NoEventSentences} = {full.NoEventFalsePositiveRate:0.000}"));
    }

    public static int Run(string repoRoot, string split, string? goldPath, bool details, TextWriter output, TextWriter error)
    {
        goldPath ??= Path.Combine(repoRoot, "eval", "events", "id-dev.tsv");
        var gold = EventGoldFile.ReadIndonesian(goldPath).Where(g => split == "all" || g.Split == split).ToList();
        var wanted = gold.Select(g => g.ArticleId).ToHashSet(StringComparer.Ordinal);
        var data = new WartaData(Path.Combine(repoRoot, "data"));
        var pipeline = WartaPipeline.Create(data);
        var events = pipeline.Stages.OfType<EventStage>().FirstOrDefault();
        if (events is null)
            error.WriteLine("warta eval events: the pipeline has no event stage yet (entities, actors or times are missing); every sentence scores as 'no event'.");
        var articles = IndoSum.ReadFolder(IndoSum.DefaultFolder(repoRoot))
            .Where(a => wanted.Contains(a.Id)).GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First());

        var full = new EventScore();
        var sourceRoot = new EventScore();
        var rootOnly = new EventScore();
        int missingArticles = 0;
        foreach (var byArticle in gold.GroupBy(g => g.ArticleId))
        {
            if (!articles.TryGetValue(byArticle.Key, out var article)) { missingArticles++; continue; }
            var doc = new Document(article.Text, "indosum:" + article.Id, article.Id)
            {
                Paragraphs = article.Paragraphs,
                Published = article.UrlDate,
                DeclaredLanguage = "id",
            };
            pipeline.Run(doc);
            var mentions = events?.Mentions(doc) ?? [];
            foreach (var g in byArticle)
            {
                var span = article.Sentences[g.SentenceIndex].Span;
                var predicted = mentions.Where(m => m.TriggerStart >= span.Start && m.TriggerStart < span.End).ToList();
                Score(g.Events, predicted, full, sourceRoot, rootOnly);
                if (details) Detail(output, $"{g.ArticleId[..Math.Min(40, g.ArticleId.Length)]}#{g.SentenceIndex}", g.Events, predicted);
            }
        }
        if (missingArticles > 0) output.WriteLine($"  {missingArticles} gold articles not found in IndoSum");
        Print(output, $"IndoSum gold {Path.GetFileName(goldPath)}, split '{split}'", gold.Sum(g => g.Events.Count), full, sourceRoot, rootOnly);
        return 0;
    }

}
