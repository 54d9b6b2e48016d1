using Warta.Core;
using Warta.Readers.Html;

namespace Warta.Readers.Tests;

/// <summary>The HTML reader's rules, with the small test list (testdata/small-boilerplate.tsv).</summary>
public class HtmlBoilerplateTests
{
    private static Article Read(string html)
    {
        var item = new HtmlArticleReader(TestFiles.SmallBoilerplate()).Parse(html, "t.html");
        return Assert.IsType<ArticleInput>(item).Article;
    }

    [Theory]
    [InlineData("Baca juga: Judul lain", true)]
    [InlineData("BACA JUGA", true)]
    [InlineData("Baca jugalah ini", false)]
    [InlineData("[Gambas:Video]", true)]
    [InlineData("ADVERTISEMENT", true)]
    [InlineData("Dia membaca juga koran pagi.", false)]
    public void Insert_lines(string line, bool boilerplate) => Assert.Equal(boilerplate, TestFiles.SmallBoilerplate().IsBoilerplateLine(line));

    [Fact]
    public void Drop_words_match_whole_class_words_only()
    {
        var b = TestFiles.SmallBoilerplate();
        Assert.True(b.HasDropWord("btn share-box"));
        Assert.True(b.HasDropWord("social_share"));
        Assert.False(b.HasDropWord("shareholders"));
        Assert.False(b.HasDropWord(null));
    }

    [Fact]
    public void A_bad_line_in_the_list_names_the_file_and_line()
    {
        using var temp = new TestFiles.TempFolder();
        var path = temp.File("bad.tsv", "# header\ncontent\t.x\nno tab here\n");
        var e = Assert.Throws<InvalidDataException>(() => HtmlBoilerplate.Load(path));
        Assert.Contains("bad.tsv:3", e.Message);
        var unknown = temp.File("unknown.tsv", "# header\nfrobnicate\tx\n");
        Assert.Contains("unknown kind 'frobnicate'", Assert.Throws<InvalidDataException>(() => HtmlBoilerplate.Load(unknown)).Message);
    }

    [Fact]
    public void Br_pairs_split_paragraphs_and_a_single_br_is_a_line_break()
    {
        var a = Read("<html><body><div class='story'>Satu<br>baris dua<br><br>Tiga<br/><br/>Baca juga: x<br><br>Empat</div></body></html>");
        Assert.Equal(["Satu\nbaris dua", "Tiga", "Empat"], a.Paragraphs);
    }

    [Fact]
    public void A_baca_juga_box_with_a_list_of_links_goes_whole()
    {
        var a = Read("<div class='story'><p>Satu.</p><div><b>Baca juga</b><ul><li>Judul A</li><li>Judul B</li></ul></div><p>Dua.</p></div>");
        Assert.Equal(["Satu.", "Dua."], a.Paragraphs);
    }

    [Fact]
    public void Title_drops_a_known_site_name_or_domain_suffix()
    {
        Assert.Equal("Judul Berita", Read("<title>Judul Berita - Koran Contoh</title><p>isi</p>").Title);
        Assert.Equal("Judul Berita", Read("<title>Judul Berita | contoh.co.id</title><p>isi</p>").Title);
        Assert.Equal("Rusia - NATO Bertemu", Read("<title>Rusia - NATO Bertemu</title><p>isi</p>").Title);
        Assert.Equal("Dari og", Read("<meta property='og:title' content='Dari og'><title>Lain</title><h1>Judul h1</h1><p>isi</p>").Title);
        Assert.Equal("Judul h1", Read("<title>Lain</title><h1>Judul h1</h1><p>isi</p>").Title);
        Assert.Equal("Judul Dua Baris", Read("<h1>Judul<br>Dua <i>Baris</i></h1><p>isi</p>").Title);
    }

    [Theory]
    [InlineData("<meta property='article:published_time' content='2024-01-02T03:04:05+07:00'>", "2024-01-02")]
    [InlineData("<time datetime='2024-01-03'>3 Januari</time>", "2024-01-03")]
    [InlineData("<script type='application/ld+json'>{\"datePublished\":\"2024-01-04\"}</script>", "2024-01-04")]
    [InlineData("<link rel='canonical' href='https://x.example/2024/01/05/a'>", "2024-01-05")]
    [InlineData("<meta name='description' content='2024-01-06'>", null)]
    public void Publication_date_sources(string head, string? expected)
    {
        var a = Read($"<html><head>{head}</head><body><p>isi</p></body></html>");
        Assert.Equal(expected, a.Published?.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void A_page_without_body_text_is_an_error()
    {
        var item = new HtmlArticleReader(TestFiles.SmallBoilerplate()).Parse("<html><head><title>Kosong</title><script>x()</script></head><body><nav>Menu</nav></body></html>", "t.html");
        Assert.Contains("no article text", Assert.IsType<InputError>(item).Reason);
    }
}
