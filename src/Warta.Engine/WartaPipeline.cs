using Warta.Actors;
using Warta.Core;
using Warta.Events;
using Warta.LanguageId;
using Warta.Quotes;
using Warta.Segmentation;
using Warta.Times;

namespace Warta.Engine;

/// <summary>The composition root: the standard pipeline, its stages wired with their data.</summary>
public static class WartaPipeline
{
    public static Pipeline Create(WartaData data)
    {
        var stages = new List<IStage>
        {
            new LanguageIdStage(),
            SegmentationStage.Load(data.Root),
            TimeStage.Load(data.Root),
            new QuoteStage(QuoteLexicon.LoadStandard(data.Root)),
        };
        // The actor and coreference stages need the NER's Entities layer: they go right after the stage
        // that adds it. Until the NER stage is in this list they stay out, so the pipeline stays valid.
        int ner = stages.FindIndex(s => (s.Adds & Layer.Entities) != 0);
        if (ner >= 0) stages.InsertRange(ner + 1, ActorStages(data));
        // The event coder needs entities, actors and times; it joins the pipeline once stages providing
        // them are in it (until then the pipeline would be rejected as out of order).
        var events = EventStage.Load(data.Root, "id", "en");
        var provided = stages.Aggregate(Layer.Text, (have, s) => have | s.Adds);
        if ((events.Needs & ~provided) == Layer.None) stages.Add(events);
        return new Pipeline(stages);
    }

    /// <summary>The actor stage and the coreference stage, sharing one dictionary loaded from <c>data/actors</c>.</summary>
    public static IReadOnlyList<IStage> ActorStages(WartaData data)
    {
        var dictionary = ActorDictionaryLoader.Load(data.PathOf("actors"));
        return [new ActorStage(dictionary), new CoreferenceStage(dictionary)];
    }
}
