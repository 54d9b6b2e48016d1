using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Warta.Core;

namespace Warta.Readers.Html;

/// <summary>
/// Finds the main content of a page and turns it into paragraphs: one per block element (<c>&lt;p&gt;</c>,
/// headings, list items…) and one per <c>&lt;br&gt;&lt;br&gt;</c>-separated run for sites that lay text
/// out with breaks; a single <c>&lt;br&gt;</c> stays a line break inside its paragraph.
/// </summary>
public sealed partial class HtmlBodyExtractor(HtmlBoilerplate boilerplate)
{
    private const int MaxInsertBlockLength = 600;

    private static readonly HashSet<string> Structural = new(StringComparer.OrdinalIgnoreCase) { "html", "body", "main", "article" };

    public List<string> Paragraphs(IDocument document, string? title)
    {
        foreach (var element in document.All.Where(e => boilerplate.DropTags.Contains(e.LocalName)).ToList()) element.Remove();
        if (document.Body is null) return [];
        var root = FindContentRoot(document) ?? document.Body;
        RemoveFurniture(root);

        var text = HtmlText.Of(root);
        var paragraphs = new List<string>();
        foreach (var block in BlankLine().Split(text))
        {
            var lines = block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !boilerplate.IsBoilerplateLine(l)).ToList();
            if (lines.Count == 0) continue;
            var paragraph = string.Join("\n", lines);
            if (title is not null && TextNormalizer.Normalize(paragraph) == title) continue;
            paragraphs.Add(paragraph);
        }
        return paragraphs;
    }

    /// <summary>The first configured content selector with text, else the element holding the most paragraph text.</summary>
    private IElement? FindContentRoot(IDocument document)
    {
        foreach (var selector in boilerplate.ContentSelectors)
        {
            foreach (var candidate in document.QuerySelectorAll(selector))
                if (!string.IsNullOrWhiteSpace(candidate.TextContent)) return candidate;
        }
        IElement? best = null;
        int bestScore = 0;
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            int score = 0;
            foreach (var child in element.ChildNodes)
            {
                if (child is IElement { LocalName: "p" } p) score += p.TextContent.Trim().Length;
                else if (child is IText t) score += t.Data.Trim().Length;
            }
            if (score > bestScore) { best = element; bestScore = score; }
        }
        return best;
    }

    private void RemoveFurniture(IElement root)
    {
        var furniture = root.QuerySelectorAll("*").Where(e =>
            e.HasAttribute("hidden") || e.GetAttribute("aria-hidden") == "true"
            || boilerplate.HasDropWord(e.GetAttribute("class")) || boilerplate.HasDropWord(e.Id)).ToList();
        foreach (var element in furniture) element.Remove();

        // "Baca juga" boxes as whole blocks (a label and a list of links): the innermost block starting so.
        var inserts = root.QuerySelectorAll("*").Where(e => e != root && !Structural.Contains(e.LocalName)
            && HtmlText.IsBlock(e.LocalName) && StartsWithInsert(e)
            && !e.Children.Any(c => HtmlText.IsBlock(c.LocalName) && StartsWithInsert(c))).ToList();
        foreach (var element in inserts) element.Remove();
    }

    private bool StartsWithInsert(IElement element)
    {
        var raw = element.TextContent;
        if (raw.Length > MaxInsertBlockLength * 4 || raw.Trim().Length is 0 or > MaxInsertBlockLength) return false;
        // TextContent glues "Baca juga" to the link after it; the block-aware text keeps lines apart.
        var firstLine = HtmlText.Of(element).Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        return firstLine is not null && boilerplate.IsBoilerplateLine(firstLine);
    }

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLine();
}
