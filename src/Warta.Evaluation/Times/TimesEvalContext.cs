using Warta.Actors;
using Warta.Core;
using Warta.Corpora;
using Warta.Engine;
using Warta.Times;

namespace Warta.Evaluation.Times;

/// <summary>
/// What the times evaluations share: the pipeline cut after the times stage (language, segmentation,
/// times — whatever the standard pipeline puts before it), and IndoSum articles turned into documents.
/// </summary>
public sealed class TimesEvalContext
{
    private readonly Pipeline _pipeline;
    private readonly Pipeline _atCrawlTime;
    private DateOnly _crawlDate;

    /// <param name="inference">Other weights for the publication date inference (to compare rules); null:
    /// the standard pipeline's times stage as it is.</param>
    public TimesEvalContext(WartaData data, PublicationDateInference? inference = null)
    {
        var full = WartaPipeline.Create(data);
        int times = full.Stages.ToList().FindIndex(s => s.Name == "times");
        if (times < 0) throw new InvalidOperationException("The standard pipeline has no 'times' stage.");
        var evidence = WartaPipeline.DatingEvidence(data, ActorDictionaryLoader.Load(data.PathOf("actors")));
        _pipeline = inference is null ? new Pipeline(full.Stages.Take(times + 1))
            : new Pipeline(full.Stages.Take(times).Append(TimeStage.Load(data.Root, evidence: evidence, inference: inference)));
        // The same stages, but the times stage believes "today" is the day the article was crawled, as
        // when Warta runs on the news of the day (`warta analyze --collected`, with its weights).
        _atCrawlTime = new Pipeline(full.Stages.Take(times).Append(TimeStage.Load(data.Root, () => _crawlDate, evidence,
            inference ?? new PublicationDateInference(PublicationDateInference.Weights.Collected))));
    }

    /// <summary>Runs the pipeline up to times on an IndoSum article, with <paramref name="published"/> or none.
    /// With <paramref name="atCrawlTime"/>, "today" is the crawl date in the article's id.</summary>
    public Document Analyze(IndoSumArticle article, DateOnly? published, bool atCrawlTime = false)
    {
        if (atCrawlTime) _crawlDate = CrawlDate(article.Id) ?? throw new InvalidDataException($"IndoSum id '{article.Id}' does not start with a crawl timestamp.");
        var doc = new Document(article.Text, "indosum:" + article.Id, article.Id)
        {
            Paragraphs = article.Paragraphs,
            Published = published,
            DeclaredLanguage = "id",
        };
        return (atCrawlTime ? _atCrawlTime : _pipeline).Run(doc);
    }

    /// <summary>The crawl date in an IndoSum id ("1514768884-…": Unix seconds), as a date in Jakarta (WIB, UTC+7).</summary>
    public static DateOnly? CrawlDate(string id) => IndoSum.CrawlDate(id);

}
