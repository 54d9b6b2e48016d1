using System.Diagnostics;
using System.Globalization;
using Warta.Actors;
using Warta.Engine;
using Warta.Entities;
using Warta.Events;
using Warta.LanguageId;
using Warta.Quotes;
using Warta.Segmentation;
using Warta.Times;

namespace Warta.Bench;

/// <summary>
/// <c>startup</c>: how long each stage's data takes to load in a fresh process, one after the other (wall and
/// allocation per loader), then the whole <see cref="WartaPipeline.Create(WartaData, DateOnly?)"/> as the CLI calls
/// it (loaders side by side). A one-article <c>warta analyze</c> is mostly this. Run it in a new process each time:
/// the first loader also pays for JIT-compiling shared code (the bench is not compiled ahead of time as the
/// published CLI is, so absolute times are higher than the CLI's; compare loaders with each other).
/// </summary>
public static class StartupProfile
{
    public static int Run()
    {
        var data = new WartaData(BenchPaths.Data);
        ActorDictionary? actors = null;
        Time("actors", () => actors = ActorDictionaryLoader.Load(data.PathOf("actors")));
        Time("language id", () => LanguageIdentifier.Load(data.PathOf("langid")));
        Time("segmentation", () => SegmentationStage.Load(data.Root));
        Time("dating evidence + times", () => TimeStage.Load(data.Root, null, WartaPipeline.DatingEvidence(data, actors!)));
        Time("NER, Indonesian", () => IndonesianNer.Load(data.Root));
        Time("NER, English", () => EnglishNer.Load(data.Root));
        Time("quotes", () => QuoteLexicon.LoadStandard(data.Root));
        Time("events (id, en)", () => EventStage.Load(data.Root, "id", "en"));
        Time("whole pipeline, side by side (warm JIT)", () => WartaPipeline.Create(data));
        return 0;
    }

    private static void Time(string what, Action load)
    {
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var sw = Stopwatch.StartNew();
        load();
        sw.Stop();
        double mib = (GC.GetTotalAllocatedBytes(precise: true) - before) / (1024.0 * 1024);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-42} {sw.Elapsed.TotalMilliseconds,8:F0} ms {mib,8:F1} MiB allocated"));
    }
}
