using Warta.Core;

namespace Warta.Core.Tests;

public class ArticleTests
{
    [Fact]
    public void Lays_out_title_and_paragraphs_with_blank_lines_and_exact_spans()
    {
        var doc = new Article("t") { Title = " Judul\u00A0Berita ", Paragraphs = ["Satu\r\ndua.", "", "Tiga\u200B."] }.ToDocument();
        Assert.Equal("Judul Berita\n\nSatu\ndua.\n\nTiga.", doc.Text);
        Assert.Equal("Judul Berita", doc.TitleText);
        Assert.Equal(["Satu\ndua.", "Tiga."], doc.Paragraphs.Select(p => doc[p]));
    }

    [Theory]
    [InlineData("a\u00ADb", "ab")]          // soft hyphen
    [InlineData("a\u00A0\u2009b", "a b")]    // no-break and thin space
    [InlineData("e\u0301", "\u00E9")]        // NFC
    [InlineData("a\rb", "a\nb")]             // old Mac line end
    [InlineData("\uFEFFa", "a")]             // stray BOM
    public void Normalizes(string input, string expected) => Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Fact]
    public void Id_is_a_stable_content_hash_unless_given()
    {
        Assert.Equal(new Document("x", "a").Id, new Document("x", "b").Id);
        Assert.NotEqual(new Document("x", "a").Id, new Document("y", "a").Id);
        Assert.Equal("given", new Document("x", "a", "given").Id);
    }
}
