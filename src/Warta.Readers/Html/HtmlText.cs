using System.Text;
using AngleSharp.Dom;

namespace Warta.Readers.Html;

/// <summary>
/// The text of an element as a reader sees it, unlike <c>TextContent</c> (which glues words across
/// <c>&lt;br&gt;</c> and block boundaries): source whitespace collapsed, <c>&lt;br&gt;</c> a line break,
/// each block element set apart by a blank line.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
        "blockquote", "table", "tr", "dl", "dt", "dd", "pre", "address", "hr", "center", "figure", "details", "summary",
    };

    public static bool IsBlock(string localName) => BlockTags.Contains(localName);

    public static string Of(INode node)
    {
        var sb = new StringBuilder();
        AppendText(node, sb);
        return sb.ToString();
    }

    private static void AppendText(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    AppendCollapsed(text.Data, sb);
                    break;
                case IElement { LocalName: "br" }:
                    sb.Append('\n');
                    break;
                case IElement { LocalName: "td" or "th" } cell:
                    sb.Append(' ');
                    AppendText(cell, sb);
                    sb.Append(' ');
                    break;
                case IElement element when IsBlock(element.LocalName):
                    sb.Append("\n\n");
                    AppendText(element, sb);
                    sb.Append("\n\n");
                    break;
                case IElement element:
                    AppendText(element, sb);
                    break;
            }
        }
    }

    /// <summary>HTML whitespace rules: any run of spaces, tabs and line ends in the source is one space.</summary>
    private static void AppendCollapsed(string data, StringBuilder sb)
    {
        bool space = false;
        foreach (char c in data)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f') { space = true; continue; }
            if (space && sb.Length > 0 && sb[^1] != ' ' && sb[^1] != '\n') sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        if (space && sb.Length > 0 && sb[^1] != ' ' && sb[^1] != '\n') sb.Append(' ');
    }
}
