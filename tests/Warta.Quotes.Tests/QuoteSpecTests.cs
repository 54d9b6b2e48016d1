using System.Text.Json;
using Warta.Core;
using Warta.LanguageId;
using Warta.Quotes;
using Warta.Segmentation;

namespace Warta.Quotes.Tests;

/// <summary>Spec-file tests: each case of quote-specs.id.json is an input and the exact quotes expected from it.</summary>
public class QuoteSpecTests
{
    public sealed record ExpectedQuote(string Statement, string? Speaker, string Cue, bool Direct);
    public sealed record Spec(string Name, string Text, ExpectedQuote[] Quotes, string Language = "id")
    {
        public override string ToString() => Name;
    }

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static TheoryData<Spec> Specs()
    {
        var data = new TheoryData<Spec>();
        foreach (var language in new[] { "id", "en" })
        {
            var path = Path.Combine(AppContext.BaseDirectory, $"quote-specs.{language}.json");
            foreach (var spec in JsonSerializer.Deserialize<Spec[]>(File.ReadAllText(path), Json)!) data.Add(spec with { Language = language });
        }
        return data;
    }

    internal static QuoteStage TestStage() => new(new Dictionary<string, QuoteLexicon>
    {
        ["id"] = QuoteLexicon.Load(Path.Combine(AppContext.BaseDirectory, "lexicon", "id", "quotes"), "nya", "bahwa"),
        ["en"] = QuoteLexicon.Load(Path.Combine(AppContext.BaseDirectory, "lexicon", "en", "quotes"), "", "that"),
    });

    internal static Document Analyze(string text, IStage stage, string language = "id")
    {
        var doc = new Article("spec") { Paragraphs = text.Split("\n\n"), Language = language }.ToDocument();
        // Tokens and sentences come from the real segmenter (its data is copied beside the tests by the engine).
        return new Pipeline([new LanguageIdStage(LanguageIdentifier.Load(Path.Combine(AppContext.BaseDirectory, "data", "langid"))), SegmentationStage.Load(Path.Combine(AppContext.BaseDirectory, "data")), stage]).Run(doc);
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Finds_the_expected_quotes(Spec spec)
    {
        var doc = Analyze(spec.Text, TestStage(), spec.Language);
        var got = doc.Quotes.Select(q => new ExpectedQuote(doc.Text[q.Start..q.End], q.Speaker, q.Cue, q.Direct)).ToArray();
        Assert.Equal(spec.Quotes, got);
    }

    [Fact]
    public void Spans_point_at_the_speaker_and_cue_in_the_text()
    {
        var doc = Analyze("\"Jalan itu akan diperbaiki bulan depan,\" ujarnya setelah Lina Marlina mengatakan anggaran sudah cair.", TestStage());
        foreach (var q in doc.Quotes)
        {
            Assert.True(q.End > q.Start);
            Assert.Equal(q.Cue, doc.Text[q.CueStart!.Value..q.CueEnd!.Value]);
            if (q.SpeakerStart is { } s) Assert.True(q.SpeakerEnd > s);
        }
        var direct = Assert.Single(doc.Quotes, q => q.Direct);
        Assert.Equal("nya", doc.Text[direct.SpeakerStart!.Value..direct.SpeakerEnd!.Value]);
    }
}
