using System.Diagnostics.Tracing;
using Warta.Core;
using Warta.Corpora;
using Warta.Engine;

namespace Warta.Bench;

/// <summary>
/// <c>alloc-profile [ARTICLES]</c>: what each stage allocates, by type. Every stage runs over all the articles
/// in turn (the ones before it already done), and only while it runs the runtime's allocation ticks (one
/// about every 100 KB allocated, naming the type that crossed the mark) are counted. Exact bytes per stage
/// come from the thread's allocation counter; the ticks are a sample, good for ranking types.
/// </summary>
internal static class AllocationProfile
{
    public static int Run(int articles)
    {
        var repo = BenchPaths.RepoRoot;
        var pipeline = WartaPipeline.Create(new WartaData(Path.Combine(repo, "data")));
        var list = IndoSum.ReadFolder(IndoSum.DefaultFolder(repo)).Take(articles).ToList();
        // warm-up: caches filled and methods compiled, so what is counted is the steady state
        foreach (var a in list) pipeline.Run(EventsBenchmark.ToDocument(a));
        using var listener = new TickListener();
        // reading the corpus and making documents, as the throughput command does, counted like a stage
        listener.Recording = true;
        long start = GC.GetAllocatedBytesForCurrentThread();
        var articlesRead = IndoSum.ReadFolder(IndoSum.DefaultFolder(repo)).Take(articles).ToList();
        long read = GC.GetAllocatedBytesForCurrentThread() - start;
        start = GC.GetAllocatedBytesForCurrentThread();
        var documents = articlesRead.Select(a => new Article(a.Id)
        {
            Id = a.Id,
            Paragraphs = a.Paragraphs.Select(p => a.Text.Substring(p.Start, p.Length)).ToList(),
            Published = a.UrlDate,
            Url = a.Url,
        }.ToDocument()).ToList();
        long made = GC.GetAllocatedBytesForCurrentThread() - start;
        Thread.Sleep(1500);
        listener.Recording = false;
        Console.WriteLine($"read: {read / 1024.0 / documents.Count:F1} KiB per article; to document: {made / 1024.0 / documents.Count:F1} KiB per article");
        Print(listener);
        foreach (var stage in pipeline.Stages)
        {
            lock (listener.Counts) listener.Counts.Clear();
            listener.Recording = true;
            long before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var d in documents)
            {
                stage.Process(d);
                d.MarkAdded(stage.Adds);
            }
            long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            Thread.Sleep(1500); // the ticks reach the listener from the runtime's dispatch thread, a little later
            listener.Recording = false;
            Console.WriteLine($"{stage.Name}: {bytes / 1024.0 / documents.Count:F1} KiB per article");
            Print(listener);
        }
        return 0;
    }

    private static void Print(TickListener listener)
    {
        long total;
        Dictionary<string, long> counts;
        lock (listener.Counts) { counts = new(listener.Counts); total = counts.Values.Sum(); listener.Counts.Clear(); }
        foreach (var (type, n) in counts.OrderByDescending(kv => kv.Value).Take(12))
            Console.WriteLine($"    {100.0 * n / Math.Max(1, total),5:F1}%  {type}");
    }

    private sealed class TickListener : EventListener
    {
        public readonly Dictionary<string, long> Counts = [];
        public volatile bool Recording;

        protected override void OnEventSourceCreated(EventSource source)
        {
            // GC keyword (0x1) at verbose level carries GCAllocationTick
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (!Recording || !e.EventName!.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
            int i = e.PayloadNames!.IndexOf("TypeName");
            int a = e.PayloadNames.IndexOf("AllocationAmount64");
            if (i < 0) return;
            var type = e.Payload[i] as string ?? "?";
            long amount = a >= 0 && e.Payload[a] is ulong u ? (long)u : 100_000;
            lock (Counts) Counts[type] = Counts.GetValueOrDefault(type) + amount;
        }
    }
}
