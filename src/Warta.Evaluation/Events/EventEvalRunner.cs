using System.Globalization;
using Warta.Core;
using Warta.Corpora;
using Warta.Engine;
using Warta.Events;
using Warta.Events.Ontology;

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
    public static int RunEnglish(string repoRoot, string? goldPath, bool details, TextWriter output, TextWriter error) =>
        RunEnglish(repoRoot, goldPath, details, goldActors: false, output, error);

    /// <param name="goldActors">Replace the pipeline's actor entities by the gold mentions of the set's
    /// 'marked' column before coding, so the score is the coder's alone.</param>
    public static int RunEnglish(string repoRoot, string? goldPath, bool details, bool goldActors, TextWriter output, TextWriter error)
    {
        goldPath ??= Path.Combine(repoRoot, "eval", "events", "en-dev.tsv");
        var gold = EventGoldFile.ReadEnglish(goldPath);
        var pipeline = WartaPipeline.Create(new WartaData(Path.Combine(repoRoot, "data")));
        var events = pipeline.Stages.OfType<EventStage>().FirstOrDefault();
        if (events is null)
            error.WriteLine("warta eval events: the pipeline has no event stage yet (entities, actors or times are missing); every sentence scores as 'no event'.");
        var scores = new Scores(CameoOntology.Load(Path.Combine(repoRoot, "data", "events", "cameo.tsv"), null));
        foreach (var g in gold)
        {
            var doc = new Article("en-dev:" + g.Id) { Id = g.Id, Paragraphs = [g.Text], Language = "en" }.ToDocument();
            pipeline.Run(doc);
            if (goldActors)
            {
                var marked = MarkedMentions.Parse(g.Marked ?? throw new InvalidDataException($"{goldPath}: {g.Id} has no 'marked' column (needed by --gold-actors)."));
                if (marked.Text != g.Text) throw new InvalidDataException($"{goldPath}: {g.Id}: the marked column without its markup differs from the text.");
                doc.Entities.Clear();
                doc.Entities.AddRange(marked.Entities);
            }
            var predicted = events?.Mentions(doc) ?? [];
            scores.Add(g.Events, predicted);
            if (details) Detail(output, g.Id, g.Events, predicted);
        }
        scores.Print(output, $"English gold {Path.GetFileName(goldPath)} (all {gold.Count} sentences{(goldActors ? ", gold actor mentions" : "")})", gold.Sum(g => g.Events.Count));
        return 0;
    }

    private static void Detail(TextWriter output, string where, IReadOnlyList<GoldEvent> gold, List<EventRecord> predicted)
    {
        var gs = string.Join(";", gold.Select(e => $"{e.Source}>{e.Target ?? "-"}:{e.Root}"));
        var ps = string.Join(";", predicted.Select(m => $"{m.Source}>{m.Target ?? "-"}:{m.Root}({m.Trigger})"));
        if (gs.Length > 0 || ps.Length > 0)
            output.WriteLine($"  {where}\tgold {(gs.Length == 0 ? "-" : gs)}\tpred {(ps.Length == 0 ? "-" : ps)}");
    }

    public static int Run(string repoRoot, string split, string? goldPath, bool details, TextWriter output, TextWriter error)
    {
        goldPath ??= Path.Combine(repoRoot, "eval", "events", "id-dev.tsv");
        var gold = EventGoldFile.ReadIndonesian(goldPath).Where(g => split == "all" || g.Split == split).ToList();
        var data = new WartaData(Path.Combine(repoRoot, "data"));
        var scores = new Scores(CameoOntology.Load(Path.Combine(repoRoot, "data", "events", "cameo.tsv"), null));
        int missing = gold.Any(g => NewsSentences.IsNewsId(g.ArticleId))
            ? RunNewsSentences(repoRoot, data, gold, scores, details, output, error)
            : RunIndoSum(repoRoot, data, gold, scores, details, output, error);
        if (missing > 0) output.WriteLine($"  {missing} gold articles or sentences not found in the corpus");
        scores.Print(output, $"Indonesian gold {Path.GetFileName(goldPath)}, split '{split}'", gold.Sum(g => g.Events.Count));
        return 0;
    }

    private static int RunIndoSum(string repoRoot, WartaData data, List<GoldSentence> gold, Scores scores, bool details, TextWriter output, TextWriter error)
    {
        var wanted = gold.Select(g => g.ArticleId).ToHashSet(StringComparer.Ordinal);
        // An article whose URL gives no date (about half of the gold articles) is read as the news of the
        // day it was crawled (the id's timestamp, 1-2 days after publication), as `warta analyze --collected`
        // reads an archive: a date in its text wins, else the crawl day.
        DateOnly crawled = default;
        var pipeline = WartaPipeline.Create(data, () => crawled);
        var events = EventStageOf(pipeline, error);
        var articles = IndoSum.ReadFolder(IndoSum.DefaultFolder(repoRoot))
            .Where(a => wanted.Contains(a.Id)).GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First());
        int missingArticles = 0;
        foreach (var byArticle in gold.GroupBy(g => g.ArticleId))
        {
            if (!articles.TryGetValue(byArticle.Key, out var article)) { missingArticles++; continue; }
            crawled = IndoSum.CrawlDate(article.Id) ?? DateOnly.FromDateTime(DateTime.UtcNow);
            var doc = new Document(article.Text, "indosum:" + article.Id, article.Id)
            {
                Paragraphs = article.Paragraphs,
                Published = article.UrlDate,
                DeclaredLanguage = "id",
            };
            ScoreDocument(pipeline, events, doc, byArticle.Select(g => (g, article.Sentences[g.SentenceIndex].Span)), scores, details, output);
        }
        return missingArticles;
    }

    /// <summary>Gold on idner-news-2k sentences (<see cref="NewsSentences"/>): each sentence is analyzed as its own
    /// one-paragraph article with no date, and every event coded in it counts for its one gold row.</summary>
    private static int RunNewsSentences(string repoRoot, WartaData data, List<GoldSentence> gold, Scores scores, bool details, TextWriter output, TextWriter error)
    {
        var pipeline = WartaPipeline.Create(data);
        var events = EventStageOf(pipeline, error);
        var sentences = NewsSentences.ReadByIds(NewsSentences.DefaultFolder(repoRoot), gold.Select(g => g.ArticleId));
        int missing = 0;
        foreach (var g in gold)
        {
            if (!sentences.TryGetValue(g.ArticleId, out var sentence)) { missing++; continue; }
            var doc = new Document(sentence.Text, "idner:" + g.ArticleId, g.ArticleId)
            {
                Paragraphs = [new TextSpan(0, sentence.Text.Length)],
                DeclaredLanguage = "id",
            };
            ScoreDocument(pipeline, events, doc, [(g, new TextSpan(0, sentence.Text.Length))], scores, details, output);
        }
        return missing;
    }

    private static EventStage? EventStageOf(Pipeline pipeline, TextWriter error)
    {
        var events = pipeline.Stages.OfType<EventStage>().FirstOrDefault();
        if (events is null)
            error.WriteLine("warta eval events: the pipeline has no event stage yet (entities, actors or times are missing); every sentence scores as 'no event'.");
        return events;
    }

    /// <summary>Runs the pipeline on one document and scores the events coded in each gold sentence's span.</summary>
    private static void ScoreDocument(Pipeline pipeline, EventStage? events, Document doc, IEnumerable<(GoldSentence Gold, TextSpan Span)> rows,
        Scores scores, bool details, TextWriter output)
    {
        pipeline.Run(doc);
        // with --details, why each trigger word of the sentence gave no event (tools/eventgold/why_no_event.py)
        var why = details ? new Warta.Events.Coding.Explanation() : null;
        var mentions = events?.Mentions(doc, why) ?? [];
        var documentGold = new List<GoldEvent>();
        var documentPredicted = new List<EventRecord>();
        foreach (var (g, span) in rows)
        {
            var predicted = mentions.Where(m => m.TriggerStart >= span.Start && m.TriggerStart < span.End).ToList();
            scores.Add(g.Events, predicted);
            documentGold.AddRange(g.Events);
            documentPredicted.AddRange(predicted);
            if (details) DetailSentence(output, doc, g, span, predicted, why!);
        }
        scores.AddArticle(documentGold, documentPredicted);
    }

    private static void DetailSentence(TextWriter output, Document doc, GoldSentence g, TextSpan span, List<EventRecord> predicted, Warta.Events.Coding.Explanation why)
    {
        Detail(output, $"{g.ArticleId[..Math.Min(40, g.ArticleId.Length)]}#{g.SentenceIndex}", g.Events, predicted);
        var actors = doc.Entities.Where(e => e.Actor is not null && e.Start >= span.Start && e.End <= span.End).Select(e => e.Actor).Distinct();
        output.WriteLine($"    actors in the sentence: {string.Join(' ', actors)}");
        output.WriteLine($"    text: {doc.Text[span.Start..span.End].ReplaceLineEndings(" ")}");
        // after the text line, which other tools read at a fixed offset: each actor mention with its text (tools/actors/role_confusion.py: which words got which role)
        var named = doc.Entities.Where(e => e.Actor is not null && e.Start >= span.Start && e.End <= span.End)
            .Select(e => $"{e.Actor} {doc.Text[e.Start..e.End].ReplaceLineEndings(" ")}");
        output.WriteLine($"    actor mentions: {string.Join(" | ", named)}");
        int sentence = doc.SentenceAt(span.Start);
        foreach (var note in why.Notes.Where(n => n.Sentence == sentence))
            output.WriteLine($"    why: {note.Form}#{note.Word}\t{note.Reason}");
    }
}
