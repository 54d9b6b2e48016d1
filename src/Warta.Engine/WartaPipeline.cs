using Warta.Core;
using Warta.Entities;
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
            new SegmentationStage(),
            new NerStage(IndonesianNer.Load(data.Root), EnglishNer.Load(data.Root)),
        };
        return new Pipeline(stages);
    }
}
