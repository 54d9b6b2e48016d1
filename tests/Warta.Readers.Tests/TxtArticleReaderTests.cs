using Warta.Core;

namespace Warta.Readers.Tests;

public class TxtArticleReaderTests
{
    [Fact]
    public void Seed_article_has_its_title_no_metadata_lines_and_13_paragraphs()
    {
        var article = TxtArticleReader.Parse(File.ReadAllText(TestFiles.Seed), "seed.txt");
        var document = article.ToDocument();
        Assert.Equal("Sekjen NATO: Hubungan NATO dengan Rusia Berada di Titik Terendah", document.TitleText);
        Assert.Equal(13, document.Paragraphs.Count);
        var body = document.Paragraphs.Select(p => document[p]).ToList();
        Assert.DoesNotContain("0", body);
        Assert.DoesNotContain("11", body);
        Assert.StartsWith("Sekretaris Jenderal Pakta Pertahanan", body[0]);
    }

    [Fact]
    public void Numbers_are_metadata_only_right_after_the_title()
    {
        var article = TxtArticleReader.Parse("Judul\n\n0\n11\n\nBadan satu.\n\n2021\n\nBadan dua.", "x.txt");
        Assert.Equal("Judul", article.Title);
        Assert.Equal(["Badan satu.", "2021", "Badan dua."], article.Paragraphs);
    }

    [Fact]
    public void Crlf_and_cr_line_ends_and_leading_blank_lines()
    {
        var article = TxtArticleReader.Parse("\r\n  \r\nJudul\r\n\r\nBaris satu\r\nbaris dua\r\r\rParagraf dua", "x.txt");
        Assert.Equal("Judul", article.Title);
        Assert.Equal(["Baris satu\nbaris dua", "Paragraf dua"], article.Paragraphs);
    }

    [Fact]
    public void Lines_of_only_nbsp_or_zero_width_characters_separate_paragraphs()
    {
        var article = TxtArticleReader.Parse("Judul\n\nSatu.\n\u00A0\u200B\nDua.", "x.txt");
        Assert.Equal(["Satu.", "Dua."], article.Paragraphs);
    }
}
