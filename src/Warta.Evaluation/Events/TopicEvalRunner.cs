using System.Globalization;
using Warta.Core;
using Warta.Corpora;
using Warta.Engine;
using Warta.Events.Discourse;

namespace Warta.Evaluation.Events;

/// <summary>
/// <c>warta eval topics</c>: how the off-topic article test (data/id/events/off-topic.tsv) sorts IndoSum's
/// categories. Political news ("tajuk utama") should almost never be flagged (its events would be cut to
/// institutions' acts); sport, showbiz, technology and entertainment mostly should. Per category: articles,
/// share flagged, and the events the pipeline emits (after the filter). The cue list and thresholds were
/// set looking at fold dev.01 only; dev.02–03 (articles not in dev.01) are the held-out check.
/// </summary>
public static class TopicEvalRunner
{
    /// <param name="list">A category whose flagged articles are listed (id, cue words, institutional mentions).</param>
    public static int Run(string repoRoot, TextWriter output, TextWriter error, string? list = null)
    {
        var data = new WartaData(Path.Combine(repoRoot, "data"));
        var offTopic = OffTopic.Load(Path.Combine(repoRoot, "data", "id", "events"));
        if (offTopic is null)
        {
            error.WriteLine("warta eval topics: data/id/events/off-topic.tsv is missing.");
            return 1;
        }
        var pipeline = WartaPipeline.Create(data);
        var folder = IndoSum.DefaultFolder(repoRoot);
        var dates = IndoSum.ReadUrlDates(folder);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var inv = CultureInfo.InvariantCulture;
        foreach (var (part, files) in new[] { ("dev.01 (tuning)", new[] { "dev.01.jsonl" }), ("dev.02-03 without dev.01 articles (held out)", new[] { "dev.02.jsonl", "dev.03.jsonl" }) })
        {
            var rows = new Dictionary<string, (int Articles, int Flagged, int Events, int FlaggedEvents)>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var path = Path.Combine(folder, file);
                if (!File.Exists(path)) { error.WriteLine($"warta eval topics: {path} is missing; skipped."); continue; }
                foreach (var article in IndoSum.ReadFile(path, dates))
                {
                    if (!seen.Add(article.Id)) continue;
                    var doc = new Document(article.Text, "indosum:" + article.Id, article.Id)
                    {
                        Paragraphs = article.Paragraphs, Published = article.UrlDate, DeclaredLanguage = "id",
                    };
                    pipeline.Run(doc);
                    bool flagged = offTopic.IsOffTopic(doc);
                    if (flagged && article.Category == list)
                        output.WriteLine($"  flagged {article.Id}\tcues {offTopic.CueCount(doc)}\tinstitutional mentions {offTopic.InstitutionalMentions(doc)}\tevents {doc.Events.Count}");
                    var r = rows.GetValueOrDefault(article.Category);
                    rows[article.Category] = (r.Articles + 1, r.Flagged + (flagged ? 1 : 0), r.Events + doc.Events.Count, r.FlaggedEvents + (flagged ? doc.Events.Count : 0));
                }
            }
            output.WriteLine($"Off-topic articles, IndoSum {part}:");
            output.WriteLine("  category        articles  flagged  share   events emitted (in flagged articles)");
            foreach (var (category, r) in rows.OrderBy(x => x.Key, StringComparer.Ordinal))
                output.WriteLine(string.Create(inv, $"  {category,-15} {r.Articles,8} {r.Flagged,8}  {(double)r.Flagged / r.Articles,5:0.000}   {r.Events} ({r.FlaggedEvents})"));
        }
        return 0;
    }
}
