using System.Globalization;
using System.Text;
using Warta.Core;
using Warta.Corpora;

namespace Warta.Evaluation.Times;

/// <summary>
/// Dev set 2: all time expressions of the 44 IndoSum articles in eval/articles/annotated-dev.txt, annotated
/// by hand in eval/times/annotated-dev.tsv. The first 34 articles are the dev part; the last 10 are held
/// out and scored only with --held-out. The stage gets the anchor date the annotation used (the URL date,
/// else the crawl date in the id, in WIB).
/// Scores: span precision/recall/F1 (exact character spans), and value accuracy over the gold
/// expressions that a predicted expression overlaps (plus the strict figure over all gold expressions).
/// </summary>
public sealed class AnnotatedTimesEvaluation(TimesEvalContext context)
{
    public sealed record Score(string Part, int Articles, int Gold, int Predicted, int ExactSpans, int Overlapping, int ValueCorrect)
    {
        public double Precision => Predicted == 0 ? 0 : (double)ExactSpans / Predicted;
        public double Recall => Gold == 0 ? 0 : (double)ExactSpans / Gold;
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
        public double ValueAccuracy => Overlapping == 0 ? 0 : (double)ValueCorrect / Overlapping;
        public double StrictValueAccuracy => Gold == 0 ? 0 : (double)ValueCorrect / Gold;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"""
            part: {Part} ({Articles} articles), gold expressions {Gold}, predicted {Predicted}
            span (exact)  P {Precision:F4}  R {Recall:F4}  F1 {F1:F4}   ({ExactSpans} exact)
            value accuracy over detected gold expressions: {ValueAccuracy:F4} ({ValueCorrect}/{Overlapping})
            value accuracy over all gold expressions:      {StrictValueAccuracy:F4} ({ValueCorrect}/{Gold})
            """);
    }

    public Score Run(IReadOnlyList<string> articleIds, IReadOnlyDictionary<string, IndoSumArticle> articles,
        IReadOnlyList<TimesAnnotation> gold, string part, TextWriter? errors = null)
    {
        int nGold = 0, predicted = 0, exact = 0, overlapping = 0, valueOk = 0;
        foreach (var id in articleIds)
        {
            if (!articles.TryGetValue(id, out var article))
                throw new InvalidDataException($"Annotated article '{id}' is not in the IndoSum folds.");
            var anchor = article.UrlDate ?? TimesEvalContext.CrawlDate(id);
            var doc = context.Analyze(article, anchor);
            var goldSpans = gold.Where(g => g.ArticleId == id)
                .Select(g => (Span: new TextSpan(article.TokenSpan(g.Sentence, g.TokenStart).Start, article.TokenSpan(g.Sentence, g.TokenEnd - 1).End), g))
                .ToList();
            nGold += goldSpans.Count;
            predicted += doc.Times.Count;
            foreach (var t in doc.Times)
            {
                if (goldSpans.Any(g => g.Span == t.Span)) exact++;
                else errors?.WriteLine($"{id}\tFP\t{Show(doc.Text, t.Span)}\t{t.Type}\t{t.Value}");
            }
            foreach (var (span, g) in goldSpans)
            {
                var hit = doc.Times.FirstOrDefault(t => t.Span.Overlaps(span));
                if (hit is null) { errors?.WriteLine($"{id}\tFN\t{Show(article.Text, span)}\t{g.Type}\t{g.Value}"); continue; }
                overlapping++;
                if (hit.Value == g.Value) valueOk++;
                else errors?.WriteLine($"{id}\tVALUE\t{Show(article.Text, span)}\tgold {g.Value}\tgot {hit.Value} ({Show(doc.Text, hit.Span)})");
            }
        }
        return new Score(part, articleIds.Count, nGold, predicted, exact, overlapping, valueOk);
    }

    private static string Show(string text, TextSpan span) => text.Substring(span.Start, span.Length).Replace('\n', ' ');

    /// <summary>Prints every sentence of the articles with token indices, for annotating by hand.</summary>
    public static string Listing(IndoSumArticle article)
    {
        var sb = new StringBuilder();
        var anchor = article.UrlDate is { } u ? $"url {u:yyyy-MM-dd}" : $"crawl {TimesEvalContext.CrawlDate(article.Id):yyyy-MM-dd}";
        sb.AppendLine($"### {article.Id}  anchor {anchor}");
        for (int s = 0; s < article.Sentences.Count; s++)
        {
            sb.Append(s).Append(':');
            var tokens = article.Sentences[s].Tokens;
            for (int t = 0; t < tokens.Count; t++) sb.Append(' ').Append(article.Text, tokens[t].Start, tokens[t].Length).Append('/').Append(t);
            sb.AppendLine();
        }
        return sb.ToString();
    }
}
