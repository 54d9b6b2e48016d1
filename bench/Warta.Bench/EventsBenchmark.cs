using BenchmarkDotNet.Attributes;
using Warta.Core;
using Warta.Corpora;
using Warta.Engine;
using Warta.Events;

namespace Warta.Bench;

/// <summary>
/// Events: the full standard pipeline over IndoSum articles (target ≥ 300 articles/s), and the event
/// stage alone. Run: dotnet run -c Release --project bench/Warta.Bench -- --filter '*Events*'
/// (or 'events-throughput' for a quick articles/s figure without BenchmarkDotNet).
/// </summary>
[MemoryDiagnoser]
public class EventsBenchmark
{
    private const int Articles = 200;
    private Pipeline _pipeline = null!;
    private EventStage _events = null!;
    private List<IndoSumArticle> _articles = null!;
    private List<Document> _analyzed = null!;

    [GlobalSetup]
    public void Setup()
    {
        var repo = BenchPaths.RepoRoot;
        var data = new WartaData(Path.Combine(repo, "data"));
        _pipeline = WartaPipeline.Create(data);
        _events = EventStage.Load(data.Root, "id", "en");
        _articles = IndoSum.ReadFolder(IndoSum.DefaultFolder(repo)).Take(Articles).ToList();
        _analyzed = _articles.Select(a => _pipeline.Run(ToDocument(a))).ToList();
    }

    internal static Document ToDocument(IndoSumArticle a) =>
        new(a.Text, "indosum:" + a.Id, a.Id) { Paragraphs = a.Paragraphs, Published = a.UrlDate, DeclaredLanguage = "id" };

    /// <summary>Full pipeline, 200 articles per operation.</summary>
    [Benchmark]
    public int FullPipeline200Articles()
    {
        int n = 0;
        foreach (var a in _articles) n += _pipeline.Run(ToDocument(a)).Events.Count;
        return n;
    }

    /// <summary>Event coding alone on already analyzed documents (mentions, no merge), 200 articles.</summary>
    [Benchmark]
    public int EventStageOnly200Articles()
    {
        int n = 0;
        foreach (var d in _analyzed) n += _events.Mentions(d).Count;
        return n;
    }
}

/// <summary>A quick throughput figure: the full pipeline over N IndoSum articles, 3 runs, median articles/s.</summary>
internal static class EventsThroughput
{
    public static int Run(int articles)
    {
        var repo = BenchPaths.RepoRoot;
        var data = new WartaData(Path.Combine(repo, "data"));
        var pipeline = WartaPipeline.Create(data);
        var list = IndoSum.ReadFolder(IndoSum.DefaultFolder(repo)).Take(articles).ToList();
        foreach (var a in list.Take(20)) pipeline.Run(EventsBenchmark.ToDocument(a)); // warm-up
        var rates = new List<double>();
        int events = 0;
        for (int run = 0; run < 3; run++)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            events = 0;
            foreach (var a in list) events += pipeline.Run(EventsBenchmark.ToDocument(a)).Events.Count;
            rates.Add(list.Count / sw.Elapsed.TotalSeconds);
        }
        rates.Sort();
        // where the time goes: each stage timed separately over the same articles
        // (and what each allocates: garbage collection is paid for by every stage, wherever it happens)
        var perStage = pipeline.Stages.ToDictionary(s => s.Name, _ => 0.0);
        var allocated = pipeline.Stages.ToDictionary(s => s.Name, _ => 0L);
        foreach (var a in list)
        {
            var doc = EventsBenchmark.ToDocument(a);
            foreach (var stage in pipeline.Stages)
            {
                long bytes = GC.GetAllocatedBytesForCurrentThread();
                var t = System.Diagnostics.Stopwatch.GetTimestamp();
                stage.Process(doc);
                doc.MarkAdded(stage.Adds);
                perStage[stage.Name] += System.Diagnostics.Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                allocated[stage.Name] += GC.GetAllocatedBytesForCurrentThread() - bytes;
            }
        }
        Console.WriteLine("Per stage (ms per article): " + string.Join(", ", perStage.Select(kv => $"{kv.Key} {kv.Value / list.Count:0.00}")));
        Console.WriteLine("Per stage (KiB allocated per article): " + string.Join(", ", allocated.Select(kv => $"{kv.Key} {kv.Value / 1024.0 / list.Count:0}")));
        bool hasEvents = pipeline.Stages.OfType<EventStage>().Any();
        Console.WriteLine($"Full pipeline ({string.Join(" → ", pipeline.Stages.Select(s => s.Name))}) on {list.Count} IndoSum articles: median {rates[1]:0} articles/s (runs {string.Join(", ", rates.Select(r => r.ToString("0")))}), {events} events{(hasEvents ? "" : " — event stage not in the pipeline yet (needs entities)")}");
        return 0;
    }
}
