using Warta.Core;
using Warta.LanguageId;
using Warta.Quotes;
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
            new SegmentationStage(),
            // Quotes come after entities/actors when those stages are present (it uses them when there).
            new QuoteStage(QuoteLexicon.LoadStandard(data.Root)),
        };
        return new Pipeline(stages);
    }
}
