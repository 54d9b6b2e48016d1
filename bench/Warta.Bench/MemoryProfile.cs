using System.Globalization;
using Warta.Actors;
using Warta.Core;
using Warta.Corpora;
using Warta.Engine;
using Warta.Entities;
using Warta.Events;
using Warta.LanguageId;
using Warta.Quotes;
using Warta.Segmentation;
using Warta.Times;

namespace Warta.Bench;

/// <summary>
/// <c>memory-profile [ARTICLES]</c>: what the process's memory holds, step by step: the managed heap (after a full,
/// compacting collection) and the resident set (anonymous and file-backed pages, from /proc/self/status) once the
/// runtime is up, once the pipeline's data are loaded, and after one and two passes over the articles (the second
/// pass shows whether the word caches still grow). The peak working set of <c>throughput</c> is the last line's plus
/// what the collector lets a run allocate before it collects (its gen0 budget), which this command also prints.
/// </summary>
internal static class MemoryProfile
{
    public static int Run(int articles)
    {
        Report("runtime up");
        // each part of the data alone, loaded as WartaPipeline.Create loads it (the heap they add, kept alive together)
        var data = new WartaData(BenchPaths.Data);
        var parts = new List<object>();
        long heap = Heap();
        void Part(string name, Func<object> load)
        {
            parts.Add(load());
            long now = Heap();
            Console.WriteLine(FormattableString.Invariant($"  {name}: {Mib(now - heap)} MiB"));
            heap = now;
        }
        Part("language id", () => LanguageIdentifier.Load(data.PathOf("langid")));
        Part("segmentation", () => SegmentationStage.Load(data.Root));
        Part("actor dictionary", () => ActorDictionaryLoader.Load(data.PathOf("actors")));
        Part("times (with dating evidence)", () => TimeStage.Load(data.Root, null, WartaPipeline.DatingEvidence(data, (ActorDictionary)parts[2])));
        Part("Indonesian NER", () => IndonesianNer.Load(data.Root));
        Part("English NER", () => EnglishNer.Load(data.Root));
        Part("quotes", () => QuoteLexicon.LoadStandard(data.Root));
        Part("events (id, en)", () => EventStage.Load(data.Root, "id", "en"));
        parts.Clear();
        Report("parts dropped");
        var pipeline = WartaPipeline.Create(new WartaData(BenchPaths.Data));
        Report("pipeline loaded");
        var list = IndoSum.ReadFolder(BenchPaths.IndoSum).Take(articles).ToList();
        Report($"{list.Count} articles read");
        for (int pass = 1; pass <= 2; pass++)
        {
            foreach (var a in list)
            {
                var article = new Article(a.Id)
                {
                    Id = a.Id,
                    Paragraphs = a.Paragraphs.Select(p => a.Text.Substring(p.Start, p.Length)).ToList(),
                    Published = a.UrlDate,
                    Url = a.Url,
                };
                pipeline.Run(article.ToDocument());
            }
            var info = GC.GetGCMemoryInfo(GCKind.Any);
            Console.WriteLine(FormattableString.Invariant(
                $"  before collecting: heap {Mib(info.HeapSizeBytes)} MiB, committed {Mib(info.TotalCommittedBytes)} MiB, gen0 budget {Mib(Gen0Budget(info))} MiB"));
            Report($"pass {pass} over the articles");
        }
        GC.KeepAlive(pipeline);
        GC.KeepAlive(list);
        Console.WriteLine(FormattableString.Invariant($"peak working set {Mib(Environment.WorkingSet > 0 ? System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 : 0)} MiB"));
        return 0;
    }

    private static long Gen0Budget(GCMemoryInfo info) =>
        info.GenerationInfo.Length > 0 ? info.GenerationInfo[0].SizeBeforeBytes : 0;

    private static long Heap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(false);
    }

    private static void Report(string step)
    {
        Heap();
        var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        var status = File.Exists("/proc/self/status") ? File.ReadAllLines("/proc/self/status") : [];
        string Field(string name) => status.FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.Ordinal)) is { } line
            ? (long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0).ToString("F0", CultureInfo.InvariantCulture)
            : "?";
        Console.WriteLine(FormattableString.Invariant(
            $"{step}: managed heap {Mib(GC.GetTotalMemory(false))} MiB (committed {Mib(info.TotalCommittedBytes)}); resident {Field("VmRSS")} MiB = anonymous {Field("RssAnon")} + files {Field("RssFile")}; peak {Field("VmHWM")} MiB"));
    }

    private static string Mib(long bytes) => (bytes / (1024.0 * 1024)).ToString("F1", CultureInfo.InvariantCulture);
}
