using BenchmarkDotNet.Attributes;
using Warta.Core;
using Warta.LanguageId;
using Warta.Readers;
using Warta.Segmentation;

namespace Warta.Bench;

/// <summary>Language id and segmentation of one typical article (the seed: ~2,600 characters, 16 sentences).</summary>
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    private string _text = "";
    private LanguageIdStage _languageId = null!;
    private SegmentationStage _segmentation = null!;

    [GlobalSetup]
    public void Setup()
    {
        var input = (ArticleInput)InputReader.ForData(BenchPaths.Data).Read([BenchPaths.Seed], null).Single();
        _text = input.Article.ToDocument().Text;
        _languageId = new LanguageIdStage(LanguageIdentifier.Load(Path.Combine(BenchPaths.Data, "langid")));
        _segmentation = SegmentationStage.Load(BenchPaths.Data);
    }

    [Benchmark]
    public string LanguageId()
    {
        var doc = new Document(_text, "bench", "bench");
        _languageId.Process(doc);
        return doc.Language;
    }

    [Benchmark]
    public int Segmentation()
    {
        var doc = new Document(_text, "bench", "bench") { Language = "id" };
        _segmentation.Process(doc);
        return doc.Tokens.Count + doc.Sentences.Count;
    }
}
