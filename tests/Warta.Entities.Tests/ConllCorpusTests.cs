namespace Warta.Entities.Tests;

public class ConllCorpusTests
{
    [Theory]
    [InlineData("B-PERSON", "B-PER")]
    [InlineData("I-ORGANISATION", "I-ORG")]
    [InlineData("B-ORGANIZATION", "B-ORG")]
    [InlineData("I-PLACE", "I-LOC")]
    [InlineData("B-LOCATION", "B-LOC")]
    [InlineData("B-DATE", "O")]
    [InlineData("Person", "I-PER")]
    [InlineData("O", "O")]
    public void Corpus_tags_map_to_per_org_loc(string corpusTag, string expected) =>
        Assert.Equal(NerTags.Parse(expected), ConllCorpus.MapTag(corpusTag));

    [Fact]
    public void Reads_sentences_skips_headers_and_repairs_stray_inside_tags()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# a header line with many words\nKe ADP O\nBandung PROPN I-LOC\n\nIa PRON O\n");
            var sentences = ConllCorpus.Read(path);
            Assert.Equal(2, sentences.Count);
            Assert.Equal(["Ke", "Bandung"], sentences[0].Tokens);
            Assert.Equal(TestData.Tags("O", "B-LOC"), sentences[0].Tags);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_line_without_a_tag_is_reported_with_its_position()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "Ke O\nBandung\n");
            var e = Assert.Throws<InvalidDataException>(() => ConllCorpus.Read(path));
            Assert.Contains(":2:", e.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Dedup_key_ignores_case_spacing_and_punctuation() =>
        Assert.Equal(new TaggedSentence(["Ke", "Bandung", "."], []).DedupKey(), new TaggedSentence(["ke", "Bandung."], []).DedupKey());
}
