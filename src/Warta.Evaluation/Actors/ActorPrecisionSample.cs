using System.Globalization;
using Warta.Core;
using Warta.Corpora;

namespace Warta.Evaluation.Actors;

/// <summary>One judged mention of <c>eval/actors/indosum-dev02-sample.tsv</c>.</summary>
public sealed record SampledMention(int Line, string ArticleId, int Sentence, int FirstToken, int TokenCount, string Surface, string Expected);

/// <summary>
/// Precision of the mentions the actor stages add on real news: each judged IndoSum mention is looked up
/// again after running the stages before NER and the actor stages on its article (no NER entities; the
/// URL date as publication date). Right when the entity at that span has the expected code, or when the
/// judgment is "-" (no actor mention) and no entity with an actor is there.
/// </summary>
public static class ActorPrecisionSample
{
    public static List<SampledMention> Read(string path)
    {
        var rows = new List<SampledMention>();
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length != 6 || !int.TryParse(f[1], CultureInfo.InvariantCulture, out var s) ||
                !int.TryParse(f[2], CultureInfo.InvariantCulture, out var t) || !int.TryParse(f[3], CultureInfo.InvariantCulture, out var c))
                throw new InvalidDataException($"{path}:{n}: expected article id, sentence, first token, token count, surface, expected code.");
            rows.Add(new SampledMention(n, f[0], s, t, c, f[4], f[5]));
        }
        return rows;
    }

    /// <returns>(right, total, lines of the wrong ones)</returns>
    public static (int Right, int Total, List<string> Errors) Run(IReadOnlyList<SampledMention> sample, string indoSumFolder,
        IReadOnlyList<IStage> before, IReadOnlyList<IStage> actorStages)
    {
        var wanted = sample.Select(m => m.ArticleId).ToHashSet(StringComparer.Ordinal);
        // The sample was drawn from the dev split of fold 2 (articles recur across folds: read that file only).
        var articles = IndoSum.ReadFile(Path.Combine(indoSumFolder, "dev.02.jsonl"), IndoSum.ReadUrlDates(indoSumFolder))
            .Where(a => wanted.Contains(a.Id)).GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var documents = new Dictionary<string, Document>(StringComparer.Ordinal);
        int right = 0;
        var errors = new List<string>();
        foreach (var m in sample)
        {
            if (!articles.TryGetValue(m.ArticleId, out var article))
                throw new InvalidDataException($"line {m.Line}: IndoSum article '{m.ArticleId}' not found in {indoSumFolder}.");
            if (!documents.TryGetValue(m.ArticleId, out var doc))
            {
                doc = new Document(article.Text, article.Id) { Published = article.UrlDate };
                foreach (var stage in before) { stage.Process(doc); doc.MarkAdded(stage.Adds); }
                doc.MarkAdded(Layer.Entities);
                foreach (var stage in actorStages) { stage.Process(doc); doc.MarkAdded(stage.Adds); }
                documents[m.ArticleId] = doc;
            }
            var first = article.TokenSpan(m.Sentence, m.FirstToken);
            var last = article.TokenSpan(m.Sentence, m.FirstToken + m.TokenCount - 1);
            var surface = doc.Text[first.Start..last.End];
            if (!surface.Contains(m.Surface, StringComparison.Ordinal) && !m.Surface.Contains(surface, StringComparison.Ordinal))
                throw new InvalidDataException($"line {m.Line}: tokens read '{surface}', the sample says '{m.Surface}'.");
            var entity = doc.Entities.FirstOrDefault(e => e.Start >= first.Start && e.End <= last.End && e.Actor is not null);
            bool ok = m.Expected == "-" ? entity is null : entity?.Actor == m.Expected;
            if (ok) right++;
            else errors.Add($"line {m.Line}: '{m.Surface}' in {m.ArticleId}: expected {m.Expected}, got {entity?.Actor ?? "no actor"}");
        }
        return (right, sample.Count, errors);
    }
}
