using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Warta.Core;
using Warta.Corpora;
using Warta.Engine;
using Warta.Times;

namespace Warta.Bench;

/// <summary>
/// The times stage alone on IndoSum articles (../shared/data/news/indosum), already segmented, publication
/// date given (the usual case) or inferred. Target: at least 1,000 articles per second.
/// BenchmarkDotNet: dotnet run -c Release --project bench/Warta.Bench -- --filter '*TimesBenchmark*'
/// Quick throughput: dotnet run -c Release --project bench/Warta.Bench -- --times-throughput [N]
/// </summary>
[MemoryDiagnoser]
public class TimesBenchmark
{
    private List<Document> _documents = [];
    private TimeStage _stage = null!;

    [Params(500)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup() => (_documents, _stage) = Prepare(Articles);

    [Benchmark]
    public int WithPublicationDate() => RunAll(_documents, _stage, inferDate: false);

    [Benchmark]
    public int InferringPublicationDate() => RunAll(_documents, _stage, inferDate: true);

    /// <summary>Segmented documents of the first <paramref name="count"/> IndoSum articles, and the stage.</summary>
    public static (List<Document>, TimeStage) Prepare(int count)
    {
        var root = FindRepoRoot();
        var data = new WartaData(Path.Combine(root, "data"));
        var full = WartaPipeline.Create(data);
        int times = full.Stages.ToList().FindIndex(s => s.Name == "times");
        var before = new Pipeline(full.Stages.Take(times));
        var docs = new List<Document>(count);
        foreach (var a in IndoSum.ReadFolder(IndoSum.DefaultFolder(root)).Take(count))
        {
            var doc = new Document(a.Text, a.Id, a.Id) { Paragraphs = a.Paragraphs, Published = a.UrlDate, DeclaredLanguage = "id" };
            docs.Add(before.Run(doc));
        }
        // As in the standard pipeline: an inferred date also looks at office holders and feasts the text names.
        var evidence = WartaPipeline.DatingEvidence(data, Warta.Actors.ActorDictionaryLoader.Load(data.PathOf("actors")));
        return (docs, TimeStage.Load(data.Root, () => new DateOnly(2026, 1, 1), evidence));
    }

    public static int RunAll(List<Document> documents, TimeStage stage, bool inferDate)
    {
        int found = 0;
        foreach (var doc in documents)
        {
            var given = doc.Published;
            doc.Times.Clear();
            if (inferDate) doc.Published = null;
            stage.Process(doc);
            found += doc.Times.Count;
            doc.Published = given;
            doc.PublishedInferred = false;
        }
        return found;
    }

    /// <summary>Runs the stage over the articles repeatedly for a few seconds and prints articles per second.</summary>
    public static void Throughput(int count)
    {
        var (docs, stage) = Prepare(count);
        for (int i = 0; i < 5; i++) RunAll(docs, stage, inferDate: i % 2 == 0); // warm up (tiered JIT)
        foreach (var infer in new[] { false, true, false })
        {
            var sw = Stopwatch.StartNew();
            long articles = 0;
            int expressions = 0;
            while (sw.Elapsed < TimeSpan.FromSeconds(5)) { expressions = RunAll(docs, stage, infer); articles += docs.Count; }
            sw.Stop();
            Console.WriteLine($"times stage, {docs.Count} IndoSum articles, publication date {(infer ? "inferred" : "given")}: " +
                $"{articles / sw.Elapsed.TotalSeconds:F0} articles/s ({expressions} expressions per pass)");
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Warta.sln"))) return dir.FullName;
        throw new InvalidOperationException("Warta.sln not found above " + AppContext.BaseDirectory);
    }
}
