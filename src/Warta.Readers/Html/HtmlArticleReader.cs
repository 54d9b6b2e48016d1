using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Warta.Core;

namespace Warta.Readers.Html;

/// <summary>
/// A news web page to an article: title, publication date, canonical URL and the body paragraphs of
/// the main content only (navigation, scripts, ads, captions, share widgets, related lists and
/// "Baca juga" inserts left out). What counts as furniture is data: <see cref="HtmlBoilerplate"/>.
/// </summary>
public sealed class HtmlArticleReader(HtmlBoilerplate boilerplate)
{
    private readonly HtmlParser _parser = new();

    /// <summary>The article, or the reason the page holds none.</summary>
    public InputItem Parse(string html, string source)
    {
        using var document = _parser.ParseDocument(html);
        var url = HtmlMetadata.CanonicalUrl(document);
        var title = HtmlMetadata.Title(document, boilerplate);
        var published = HtmlMetadata.Published(document, url ?? source);
        var paragraphs = new HtmlBodyExtractor(boilerplate).Paragraphs(document, title);
        if (paragraphs.Count == 0) return new InputError(source, "no article text found in the HTML page (empty or missing body)");
        return new ArticleInput(new Article(source) { Title = title, Paragraphs = paragraphs, Published = published, Url = url });
    }
}
