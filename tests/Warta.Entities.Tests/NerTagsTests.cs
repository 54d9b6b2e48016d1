using Warta.Core;

namespace Warta.Entities.Tests;

public class NerTagsTests
{
    [Fact]
    public void Chunks_follow_conlleval_for_stray_inside_tags()
    {
        var chunks = NerTags.Chunks(TestData.Tags("B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-ORG", "I-PER"));
        Assert.Equal([(0, 2, EntityType.PER), (3, 5, EntityType.LOC), (5, 6, EntityType.ORG), (6, 7, EntityType.PER)], chunks);
    }

    [Theory]
    [InlineData(-1, "I-PER", false)]
    [InlineData(-1, "B-PER", true)]
    [InlineData(0, "I-ORG", false)]
    [InlineData(3, "I-ORG", true)]
    [InlineData(1, "I-ORG", false)]
    public void Allowed_enforces_iob2(int previous, string tag, bool allowed) =>
        Assert.Equal(allowed, NerTags.Allowed(previous, NerTags.Parse(tag)));

    [Fact]
    public void Trim_punctuation_moves_the_begin_past_a_quote()
    {
        var (text, spans) = TokenTaggerExtensions.Layout(["”", "Stoltenberg", "said", "NATO", ","]);
        var tags = TestData.Tags("B-PER", "I-PER", "O", "B-ORG", "I-ORG");
        NerTags.TrimPunctuation(text, spans, tags);
        Assert.Equal(TestData.Tags("O", "B-PER", "O", "B-ORG", "O"), tags);
    }

    [Fact]
    public void Parse_rejects_unknown_tags() => Assert.Throws<FormatException>(() => NerTags.Parse("B-MISC"));
}
