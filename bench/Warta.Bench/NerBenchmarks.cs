using BenchmarkDotNet.Attributes;
using Warta.Core;
using Warta.Engine;
using Warta.Entities;

namespace Warta.Bench;

/// <summary>
/// NER tagging speed on idner-news-2k dev (367 sentences, 7,863 tokens): the Indonesian perceptron
/// tagger (features + Viterbi) and the English rule tagger over the same tokens.
/// Tokens per second = 7,863 / the reported median time. Target: ≥ 50,000 tokens/s per core.
/// Run: dotnet run -c Release --project bench/Warta.Bench -- --filter '*NerBenchmarks*'
/// </summary>
[MemoryDiagnoser, MedianColumn]
public class NerBenchmarks
{
    private (string Text, TextSpan[] Spans)[] _sentences = [];
    private int[] _tags = [];
    private PerceptronTagger _indonesian = null!;
    private EnglishNameTagger _english = null!;

    public int Tokens { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = WartaData.Default();
        _indonesian = IndonesianNer.Load(data.Root);
        _english = EnglishNer.Load(data.Root);
        var dev = FindShared("ner", "idner-news-2k", "dev.txt");
        _sentences = ConllCorpus.Read(dev).Select(s => TokenTaggerExtensions.Layout(s.Tokens)).ToArray();
        Tokens = _sentences.Sum(s => s.Spans.Length);
        _tags = new int[_sentences.Max(s => s.Spans.Length)];
        Console.WriteLine($"// NerBenchmarks: {_sentences.Length} sentences, {Tokens} tokens per invocation");
    }

    [Benchmark(Baseline = true)]
    public int TagIndonesianDev()
    {
        int entities = 0;
        foreach (var (text, spans) in _sentences)
        {
            _indonesian.Tag(text, spans, _tags);
            entities += _tags[0];
        }
        return entities;
    }

    [Benchmark]
    public int TagEnglishRulesSameTokens()
    {
        int entities = 0;
        foreach (var (text, spans) in _sentences)
        {
            _english.Tag(text, spans, _tags);
            entities += _tags[0];
        }
        return entities;
    }

    private static string FindShared(params string[] parts)
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine([d.FullName, "..", "shared", "data", .. parts]);
            if (File.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        throw new FileNotFoundException("../shared/data/" + string.Join('/', parts) + " not found above " + AppContext.BaseDirectory);
    }
}
