using System.Text.Json;
using Warta.Core;
using Warta.Readers.Html;

namespace Warta.Readers.Tests;

/// <summary>
/// Spec pages: each <c>html/NAME.html</c> (original text in the layout of a news site) with
/// <c>NAME.expected.json</c> giving the exact title, date, URL and body paragraphs, read with the shipped
/// furniture list and compared after the normalization every document goes through.
/// </summary>
public class HtmlSpecTests
{
    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var page in Directory.GetFiles(TestFiles.Here("html"), "*.html").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(page));
        return data;
    }

    [Fact]
    public void There_are_spec_pages_for_each_site_layout()
    {
        var names = Directory.GetFiles(TestFiles.Here("html"), "*.html").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        Assert.Subset(names, new HashSet<string?> { "voa-indonesia", "kompas", "detik", "cnn-indonesia" });
        Assert.All(names, n => Assert.True(File.Exists(TestFiles.Here("html", n + ".expected.json")), $"{n}.html has no {n}.expected.json"));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_yields_exactly_the_expected_article(string name)
    {
        var html = File.ReadAllText(TestFiles.Here("html", name + ".html"));
        using var expected = JsonDocument.Parse(File.ReadAllText(TestFiles.Here("html", name + ".expected.json")));
        var root = expected.RootElement;

        var item = new HtmlArticleReader(TestFiles.RealBoilerplate()).Parse(html, name + ".html");
        var article = Assert.IsType<ArticleInput>(item).Article;
        var document = article.ToDocument();

        Assert.Equal(root.GetProperty("title").GetString(), document.TitleText);
        Assert.Equal(root.GetProperty("published").GetString(), document.Published?.ToString("yyyy-MM-dd"));
        if (root.TryGetProperty("url", out var url)) Assert.Equal(url.GetString(), document.Url);
        var expectedParagraphs = root.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!).ToList();
        var actualParagraphs = document.Paragraphs.Select(p => document[p]).ToList();
        Assert.Equal(expectedParagraphs, actualParagraphs);
    }
}
