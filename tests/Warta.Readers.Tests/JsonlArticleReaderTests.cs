using System.Text;
using Warta.Core;

namespace Warta.Readers.Tests;

public class JsonlArticleReaderTests
{
    private static List<InputItem> Read(string jsonl, int maxLineBytes = 1 << 20) =>
        JsonlArticleReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(jsonl)), "in.jsonl", maxLineBytes).ToList();

    [Fact]
    public void Reads_all_fields_and_splits_text_on_blank_lines()
    {
        var item = Assert.Single(Read("""{"id":"a1","title":"Judul","text":"Satu.\n\nDua\nbaris.","published":"2021-10-21T08:00:00+07:00","url":"https://x.example/a","lang":"id-ID"}"""));
        var a = Assert.IsType<ArticleInput>(item).Article;
        Assert.Equal(("a1", "Judul", "in.jsonl:1", "https://x.example/a", "id"), (a.Id, a.Title, a.Source, a.Url, a.Language));
        Assert.Equal(new DateOnly(2021, 10, 21), a.Published);
        Assert.Equal(["Satu.", "Dua\nbaris."], a.Paragraphs);
    }

    [Fact]
    public void A_malformed_line_in_the_middle_is_reported_with_its_number_and_the_rest_read()
    {
        var items = Read("{\"text\":\"Satu.\"}\n\n{\"text\": \"Dua.\"\n{\"text\":\"Tiga.\"}\r\n{\"text\":\"Empat.\"}");
        Assert.Equal(4, items.Count);
        var error = Assert.IsType<InputError>(items[1]);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("in.jsonl:3: malformed JSON", error.ToString());
        Assert.Equal(["in.jsonl:1", "in.jsonl:4", "in.jsonl:5"], items.OfType<ArticleInput>().Select(a => a.Article.Source));
    }

    [Theory]
    [InlineData("""{"title":"x"}""", "missing required field \"text\"")]
    [InlineData("""{"text":42}""", "\"text\" must be a string")]
    [InlineData("""{"text":"  \n "}""", "empty article")]
    [InlineData("""{"text":"x","published":"21-10-2021"}""", "is not an ISO date")]
    [InlineData("""{"text":"x","title":["a"]}""", "\"title\" must be a string")]
    [InlineData("""[1,2]""", "expected a JSON object")]
    public void Invalid_articles_are_reported(string line, string reason)
    {
        var error = Assert.IsType<InputError>(Assert.Single(Read(line)));
        Assert.Contains(reason, error.Reason);
    }

    [Fact]
    public void Numeric_ids_and_other_languages_are_accepted()
    {
        var a = Assert.IsType<ArticleInput>(Assert.Single(Read("""{"id":17,"text":"Bonjour.","lang":"fr"}"""))).Article;
        Assert.Equal(("17", "other"), (a.Id, a.Language));
    }

    [Fact]
    public void A_line_over_the_limit_is_reported_and_skipped()
    {
        var items = Read("{\"text\":\"" + new string('a', 500) + "\"}\n{\"text\":\"ok\"}", maxLineBytes: 100);
        Assert.Equal(1, Assert.IsType<InputError>(items[0]).Line);
        Assert.Equal("in.jsonl:2", Assert.IsType<ArticleInput>(items[1]).Article.Source);
    }

    [Fact]
    public void Lines_longer_than_the_read_buffer_are_joined()
    {
        var text = string.Join(' ', Enumerable.Repeat("kata", 50_000));
        var a = Assert.IsType<ArticleInput>(Assert.Single(Read("{\"text\":\"" + text + "\"}\n"))).Article;
        Assert.Equal(text, Assert.Single(a.Paragraphs));
    }

    [Fact]
    public void A_windows_1252_line_is_decoded()
    {
        byte[] bytes = [.. "{\"text\":\"caf"u8, 0xE9, .. "\"}\n"u8];
        var items = JsonlArticleReader.Read(new MemoryStream(bytes), "in.jsonl", 1 << 20).ToList();
        Assert.Equal("café", Assert.Single(Assert.IsType<ArticleInput>(Assert.Single(items)).Article.Paragraphs));
    }
}
