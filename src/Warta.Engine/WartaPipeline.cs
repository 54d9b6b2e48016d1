using Warta.Core;
using Warta.Events;
using Warta.LanguageId;
using Warta.Segmentation;

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
        };
        // The event coder needs entities, actors and times; it joins the pipeline once stages providing
        // them are in it (until then the pipeline would be rejected as out of order).
        var events = EventStage.Load(data.Root, "id", "en");
        var provided = stages.Aggregate(Layer.Text, (have, s) => have | s.Adds);
        if ((events.Needs & ~provided) == Layer.None) stages.Add(events);
        return new Pipeline(stages);
    }
}
