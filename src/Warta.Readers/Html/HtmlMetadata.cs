using System.Text.Json;
using AngleSharp.Dom;
using Warta.Core;

namespace Warta.Readers.Html;

/// <summary>Title, publication date and canonical URL of a page, from its metadata first and its markup after.</summary>
public static class HtmlMetadata
{
    private static readonly string[] Separators = [" - ", " | ", " – ", " — ", " :: "];

    private static readonly string[] PublishedMetas =
    [
        "meta[property='article:published_time']", "meta[name='article:published_time']",
        "meta[itemprop='datePublished']", "meta[name='publishdate']", "meta[name='pubdate']",
        "meta[name='content_PublishedDate']", "meta[name='dtk:publishdate']", "meta[name='publish-date']",
        "meta[name='DC.date.issued']", "meta[name='date']",
    ];

    public static string? Title(IDocument document, HtmlBoilerplate boilerplate)
    {
        var siteName = Content(document, "meta[property='og:site_name']");
        var candidates = new[]
        {
            Content(document, "meta[property='og:title']"),
            document.QuerySelector("h1") is { } h1 ? HtmlText.Of(h1) : null,
            document.Title,
        };
        foreach (var candidate in candidates)
        {
            var clean = candidate is null ? "" : TextNormalizer.Normalize(candidate).Replace('\n', ' ');
            if (clean.Length > 0) return StripSiteName(clean, siteName, boilerplate.SiteNames);
        }
        return null;
    }

    /// <summary>"Judul berita - Kompas.com" → "Judul berita": drops a trailing site name, known or domain-like.</summary>
    public static string StripSiteName(string title, string? siteName, IReadOnlyList<string> knownSites)
    {
        foreach (var separator in Separators)
        {
            int cut = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (cut <= 0) continue;
            var suffix = title[(cut + separator.Length)..].Trim();
            bool isSite = (siteName is not null && suffix.Equals(siteName.Trim(), StringComparison.OrdinalIgnoreCase))
                || knownSites.Any(s => suffix.Equals(s, StringComparison.OrdinalIgnoreCase))
                || LooksLikeDomain(suffix);
            if (isSite) return StripSiteName(title[..cut].TrimEnd(), siteName, knownSites);
        }
        return title;
    }

    private static bool LooksLikeDomain(string s) =>
        !s.Contains(' ') && s.Contains('.') && s.Length <= 40
        && (s.EndsWith(".com", StringComparison.OrdinalIgnoreCase) || s.EndsWith(".co.id", StringComparison.OrdinalIgnoreCase)
            || s.EndsWith(".id", StringComparison.OrdinalIgnoreCase) || s.EndsWith(".co", StringComparison.OrdinalIgnoreCase)
            || s.EndsWith(".net", StringComparison.OrdinalIgnoreCase) || s.EndsWith(".org", StringComparison.OrdinalIgnoreCase));

    public static string? CanonicalUrl(IDocument document)
    {
        var url = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? Content(document, "meta[property='og:url']");
        return string.IsNullOrWhiteSpace(url) ? null : url.Trim();
    }

    /// <summary>Meta tags, then JSON-LD <c>datePublished</c>, then <c>&lt;time datetime&gt;</c>, then a date in the URL.</summary>
    public static DateOnly? Published(IDocument document, string? url)
    {
        foreach (var selector in PublishedMetas)
            if (IsoDate.TryFind(Content(document, selector), out var d)) return d;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            if (JsonLdDate(script.TextContent) is { } d) return d;
        foreach (var time in document.QuerySelectorAll("time[datetime]"))
            if (IsoDate.TryFind(time.GetAttribute("datetime"), out var d)) return d;
        if (IsoDate.TryFindInUrl(url, out var fromUrl)) return fromUrl;
        return null;
    }

    private static DateOnly? JsonLdDate(string json)
    {
        try
        {
            using var parsed = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return Find(parsed.RootElement);
        }
        catch (JsonException) { return null; }

        static DateOnly? Find(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    if (e.TryGetProperty("datePublished", out var p) && p.ValueKind == JsonValueKind.String && IsoDate.TryFind(p.GetString(), out var d)) return d;
                    foreach (var property in e.EnumerateObject())
                        if (Find(property.Value) is { } inner) return inner;
                    return null;
                case JsonValueKind.Array:
                    foreach (var item in e.EnumerateArray())
                        if (Find(item) is { } inner) return inner;
                    return null;
                default:
                    return null;
            }
        }
    }

    private static string? Content(IDocument document, string selector) => document.QuerySelector(selector)?.GetAttribute("content");
}
