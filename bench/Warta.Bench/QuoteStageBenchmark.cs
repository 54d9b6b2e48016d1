using BenchmarkDotNet.Attributes;
using Warta.Core;
using Warta.Corpora;
using Warta.Engine;
using Warta.LanguageId;
using Warta.Quotes;
using Warta.Segmentation;

namespace Warta.Bench;

/// <summary>
/// Throughput of the quote stage alone over IndoSum articles (target ≥ 1,000 articles/s): the articles are
/// read and segmented once in setup; each operation runs <see cref="QuoteStage"/> over all of them.
/// Run: dotnet run -c Release --project bench/Warta.Bench -- --filter '*QuoteStage*'
/// Articles/s = Articles / (mean operation time in seconds).
/// </summary>
[MemoryDiagnoser]
public class QuoteStageBenchmark
{
    private Document[] _docs = [];
    private QuoteStage _stage = null!;

    [Params(500)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = RepoRoot();
        _stage = new QuoteStage(QuoteLexicon.LoadStandard(Path.Combine(root, "data")));
        var prepare = new Pipeline([new LanguageIdStage(LanguageIdentifier.Load(Path.Combine(root, "data", "langid"))), SegmentationStage.Load(Path.Combine(root, "data"))]);
        _docs = IndoSum.ReadFolder(IndoSum.DefaultFolder(root)).Take(Articles)
            .Select(a => prepare.Run(new Document(a.Text, a.Id, a.Id) { Paragraphs = a.Paragraphs, DeclaredLanguage = "id" }))
            .ToArray();
    }

    [Benchmark]
    public int QuoteStageOverArticles()
    {
        int quotes = 0;
        foreach (var doc in _docs)
        {
            doc.Quotes.Clear();
            _stage.Process(doc);
            quotes += doc.Quotes.Count;
        }
        return quotes;
    }

    private static string RepoRoot()
    {
        for (var d = new DirectoryInfo(Directory.GetCurrentDirectory()); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Warta.sln"))) return d.FullName;
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Warta.sln"))) return d.FullName;
        throw new DirectoryNotFoundException("Run the benchmark inside the Warta repository (Warta.sln not found).");
    }
}
