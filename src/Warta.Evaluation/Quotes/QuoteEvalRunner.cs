using System.Globalization;
using Warta.Corpora;
using Warta.Engine;

namespace Warta.Evaluation.Quotes;

/// <summary>Loads the annotations, the article list and IndoSum from a repository checkout and prints the scores.</summary>
public static class QuoteEvalRunner
{
    /// <summary>How many articles at the end of eval/articles/annotated-dev.txt are held out.</summary>
    public const int HeldOutArticles = 10;

    public static int Run(string repoRoot, string split, bool details, TextWriter output, TextWriter errors)
    {
        var annotations = Path.Combine(repoRoot, "eval", "quotes", "annotated-dev.tsv");
        var list = Path.Combine(repoRoot, "eval", "articles", "annotated-dev.txt");
        var indosum = IndoSum.DefaultFolder(repoRoot);
        if (!Directory.Exists(indosum))
        {
            errors.WriteLine($"warta eval quotes: IndoSum folder '{indosum}' not found; the repository must sit beside shared/data (or pass --repo).");
            return 1;
        }
        try
        {
            var gold = QuoteGold.Read(annotations);
            var ids = File.ReadLines(list).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').ToList();
            var wanted = new HashSet<string>(ids, StringComparer.Ordinal);
            var articles = IndoSum.ReadFolder(indosum).Where(a => wanted.Contains(a.Id))
                .GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal); // ids repeat across folds
            var pipeline = WartaPipeline.Create(new WartaData(Path.Combine(repoRoot, "data")));
            var splits = split == "both" ? new[] { "dev", "heldout" } : [split];
            output.WriteLine("split\tarticles\tgold\tpredicted\tmatched\tP\tR\tF1\tspeaker_acc\tdirect_R\tindirect_R");
            foreach (var s in splits)
            {
                var evaluation = new QuoteEvaluation(pipeline, gold, QuoteEvaluation.Split(ids, s, HeldOutArticles), articles);
                var r = evaluation.Score(s, details ? output : null);
                output.WriteLine(string.Join('\t', r.Split, r.Articles, r.Gold, r.Predicted, r.Matched, F(r.Precision), F(r.Recall), F(r.F1),
                    F(r.SpeakerAccuracy), F(r.GoldDirect == 0 ? 0 : (double)r.MatchedDirect / r.GoldDirect),
                    F(r.GoldIndirect == 0 ? 0 : (double)r.MatchedIndirect / r.GoldIndirect)));
            }
            return 0;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException)
        {
            errors.WriteLine($"warta eval quotes: {e.Message}");
            return 1;
        }
    }

    private static string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);

}
