using Warta.Core;

namespace Warta.Readers;

/// <summary>
/// Plain-text articles in the seed's layout: the first non-empty line is the title; lines holding only
/// a number right after it (the seed's <c>0</c> and <c>11</c>, blank lines around them allowed) are
/// metadata, not body; blank lines separate paragraphs, single line breaks stay inside a paragraph.
/// </summary>
public static class TxtArticleReader
{
    public static Article Parse(string text, string source)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        int i = 0;
        while (i < lines.Length && IsBlank(lines[i])) i++;
        string? title = i < lines.Length ? lines[i++].Trim() : null;
        while (i < lines.Length && (IsBlank(lines[i]) || IsNumberOnly(lines[i]))) i++;
        return new Article(source) { Title = title, Paragraphs = SplitParagraphs(lines.AsSpan(i)) };
    }

    /// <summary>Paragraphs of a body: runs of non-blank lines, separated by blank lines.</summary>
    public static List<string> SplitParagraphs(string body) => SplitParagraphs(body.ReplaceLineEndings("\n").Split('\n'));

    private static List<string> SplitParagraphs(ReadOnlySpan<string> lines)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var line in lines)
        {
            if (IsBlank(line))
            {
                if (current.Count > 0) { paragraphs.Add(string.Join("\n", current)); current.Clear(); }
            }
            else current.Add(line);
        }
        if (current.Count > 0) paragraphs.Add(string.Join("\n", current));
        return paragraphs;
    }

    /// <summary>Blank also when the line holds only invisible characters (NBSP, zero-width, BOM).</summary>
    public static bool IsBlank(string line)
    {
        foreach (char c in line)
            if (!char.IsWhiteSpace(c) && !TextNormalizer.IsInvisible(c) && !char.IsControl(c)) return false;
        return true;
    }

    private static bool IsNumberOnly(string line)
    {
        var t = line.Trim();
        return t.Length > 0 && t.All(char.IsAsciiDigit);
    }
}
