using Warta.Core;
using Warta.Readers;

namespace Warta.Segmentation.Tests;

/// <summary>The seed article, read by the real reader and segmented with the real data files.</summary>
public class SeedAcceptanceTests
{
    private static Document SegmentSeed()
    {
        var seed = System.IO.Path.Combine(TestData.RepoRoot, "..", "shared", "data", "seed", "000_95742cb04e9718dd.txt");
        var input = Assert.IsType<ArticleInput>(Assert.Single(InputReader.ForData(System.IO.Path.Combine(TestData.RepoRoot, "data")).Read([seed], null)));
        var doc = input.Article.ToDocument();
        doc.Language = "id";
        SegmentationStage.Load(System.IO.Path.Combine(TestData.RepoRoot, "data")).Process(doc);
        return doc;
    }

    [Fact]
    public void Seed_has_sixteen_sentences_with_the_first_body_sentence_whole()
    {
        var doc = SegmentSeed();
        Assert.Equal(16, doc.Sentences.Count);
        Assert.Equal(doc.TitleText, doc[doc.Sentences[0].Span]);
        var first = doc[doc.Sentences[1].Span];
        Assert.StartsWith("Sekretaris Jenderal", first);
        Assert.EndsWith("Perang Dingin.", first);
        SegmentationSpecTests.AssertConsistent(doc.Text, doc.Tokens, doc.Sentences);
    }

    [Fact]
    public void Seed_closing_quote_stays_with_its_sentence()
    {
        var doc = SegmentSeed();
        var texts = doc.Sentences.Select(s => doc[s.Span]).ToList();
        Assert.Contains(texts, t => t.EndsWith("sendiri.”", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("Para menteri", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_keeps_reduplication_and_numbers_whole_and_marks_clitics()
    {
        var doc = SegmentSeed();
        var tokens = doc.Tokens.Select(t => doc[t.Span]).ToList();
        Assert.Contains("mata-mata", tokens);
        Assert.Contains("negara-negara", tokens);
        Assert.Contains("120.000", tokens);
        Assert.Contains("21/10", tokens);
        var menurutnya = doc.Tokens.First(t => doc[t.Span] == "menurutnya");
        Assert.Equal(Clitic.Nya, menurutnya.Clitics);
        Assert.Equal("menurut", doc[menurutnya.Stem]);
    }
}
