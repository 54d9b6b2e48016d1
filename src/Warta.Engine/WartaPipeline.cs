using Warta.Actors;
using Warta.Core;
using Warta.Entities;
using Warta.Events;
using Warta.LanguageId;
using Warta.Quotes;
using Warta.Segmentation;
using Warta.Times;

namespace Warta.Engine;

/// <summary>The composition root: the standard pipeline, its stages wired with their data.</summary>
public static class WartaPipeline
{
    /// <param name="collected">When the inputs were collected: an inferred publication date is never after
    /// it, and the most recent fitting year is preferred ("the most recent matching year not in the future",
    /// <see cref="PublicationDateInference.Weights.Collected"/>). Null: the clock is today and the inputs may
    /// be of any age, so years written in the text weigh more.</param>
    public static Pipeline Create(WartaData data, DateOnly? collected = null) =>
        Create(data, collected is { } day ? () => day : null);

    /// <param name="collectedOn">The day the article being run was collected (read before each article, so
    /// one pipeline serves an archive whose articles were collected on different days); an article that
    /// nothing in its text dates is taken as that day's news. Null: as <see cref="Create(WartaData, DateOnly?)"/>
    /// with no collection day.</param>
    public static Pipeline Create(WartaData data, Func<DateOnly>? collectedOn)
    {
        // The stages' data load independently of one another (only the time stage's dating evidence needs the actor
        // dictionary), so they load side by side: start-up is most of a one-article run (bench/RESULTS.md, session 22).
        // Each loader reads its own files into its own objects; GetResult rethrows a loader's own error (file and line),
        // not an AggregateException.
        var actorsLoad = Task.Run(() => ActorDictionaryLoader.Load(data.PathOf("actors")));
        var languageIdLoad = Task.Run(() => LanguageIdentifier.Load(data.PathOf("langid")));
        var segmentationLoad = Task.Run(() => SegmentationStage.Load(data.Root));
        var indonesianNerLoad = Task.Run(() => IndonesianNer.Load(data.Root));
        var englishNerLoad = Task.Run(() => EnglishNer.Load(data.Root));
        var quotesLoad = Task.Run(() => QuoteLexicon.LoadStandard(data.Root));
        var eventsLoad = Task.Run(() => EventStage.Load(data.Root, "id", "en"));
        var actors = actorsLoad.GetAwaiter().GetResult();
        var stages = new List<IStage>
        {
            new LanguageIdStage(languageIdLoad.GetAwaiter().GetResult()),
            segmentationLoad.GetAwaiter().GetResult(),
            // Times run before the actors: roles depend on the article's date, which the time stage
            // infers when the input gives none, helped by the terms of the office holders the text names
            // (a look-up in the actor dictionary that needs no date).
            // Inputs collected on a known day are that day's news: the most recent fitting year is preferred.
            collectedOn is not null
                ? TimeStage.Load(data.Root, collectedOn, DatingEvidence(data, actors), new PublicationDateInference(PublicationDateInference.Weights.Collected), undatedIsToday: true)
                : TimeStage.Load(data.Root, null, DatingEvidence(data, actors)),
            new NerStage(indonesianNerLoad.GetAwaiter().GetResult(), englishNerLoad.GetAwaiter().GetResult()),
            new ActorStage(actors),
            new CoreferenceStage(actors),
            new QuoteStage(quotesLoad.GetAwaiter().GetResult()),
            eventsLoad.GetAwaiter().GetResult(),
        };
        return new Pipeline(stages);
    }

    /// <summary>What dates an article beyond its time expressions, for a publication date to infer: the office
    /// holders it names (actor dictionary), the moveable feasts (<c>data/dating/feasts.tsv</c>) and sports
    /// tenures (<c>data/dating/tenures.tsv</c>).</summary>
    public static IDatingEvidenceSource DatingEvidence(WartaData data, ActorDictionary actors) =>
        new DatingEvidenceSources(new ActorDatingEvidence(actors), FeastEvidence.Load(data.PathOf("dating", "feasts.tsv")),
            TenureEvidence.Load(data.PathOf("dating")));

    /// <summary>The actor stage and the coreference stage, sharing one dictionary loaded from <c>data/actors</c>.</summary>
    public static IReadOnlyList<IStage> ActorStages(WartaData data)
    {
        var dictionary = ActorDictionaryLoader.Load(data.PathOf("actors"));
        return [new ActorStage(dictionary), new CoreferenceStage(dictionary)];
    }
}
