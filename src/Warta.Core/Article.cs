using System.Text;

namespace Warta.Core;

/// <summary>
/// What a reader gets out of an input before analysis: title, body paragraphs and metadata, as found.
/// <see cref="ToDocument"/> normalizes and lays them out into the one text every offset refers to.
/// </summary>
public sealed record Article(string Source)
{
    public string? Id { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<string> Paragraphs { get; init; } = [];
    public DateOnly? Published { get; init; }
    public string? Url { get; init; }
    public string? Language { get; init; }

    /// <summary>Text = title + "\n\n" + paragraphs joined by "\n\n" (the output contract's layout).</summary>
    public Document ToDocument()
    {
        // sized for the whole text at once (growing by doubling copied it over and over)
        int length = Title?.Length ?? 0;
        foreach (var raw in Paragraphs) length += raw.Length + 2;
        var sb = new StringBuilder(length);
        TextSpan? title = null;
        var normalizedTitle = Title is null ? "" : TextNormalizer.Normalize(Title).Replace('\n', ' ');
        if (normalizedTitle.Length > 0)
        {
            sb.Append(normalizedTitle);
            title = new TextSpan(0, sb.Length);
        }
        var paragraphs = new List<TextSpan>(Paragraphs.Count);
        foreach (var raw in Paragraphs)
        {
            var p = TextNormalizer.Normalize(raw);
            if (p.Length == 0) continue;
            if (sb.Length > 0) sb.Append("\n\n");
            int start = sb.Length;
            sb.Append(p);
            paragraphs.Add(new TextSpan(start, sb.Length));
        }
        return new Document(sb.ToString(), Source, Id)
        {
            Title = title,
            Paragraphs = paragraphs,
            Published = Published,
            Url = Url,
            DeclaredLanguage = Language,
        };
    }
}
