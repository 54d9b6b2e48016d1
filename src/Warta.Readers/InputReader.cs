using Warta.Core;

namespace Warta.Readers;

/// <summary>
/// Turns command-line inputs (files, folders, "-") into articles, lazily and in order.
/// PROVISIONAL: plain UTF-8 .txt only; the full readers (HTML, JSONL, encodings) replace this.
/// </summary>
public static class InputReader
{
    public static IEnumerable<InputItem> Read(IEnumerable<string> paths, TextReader? stdin = null)
    {
        foreach (var path in paths)
        {
            if (!File.Exists(path)) { yield return new InputError(path, "no such file"); continue; }
            var text = File.ReadAllText(path);
            yield return new ArticleInput(TxtArticle.Parse(text, path));
        }
    }
}

/// <summary>The seed layout: title line, numeric metadata lines, blank-line separated paragraphs.</summary>
public static class TxtArticle
{
    public static Article Parse(string text, string source)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        int i = 0;
        while (i < lines.Length && lines[i].Trim().Length == 0) i++;
        string? title = i < lines.Length ? lines[i++].Trim() : null;
        while (i < lines.Length && (lines[i].Trim().Length == 0 || lines[i].Trim().All(char.IsDigit))) i++;
        var paragraphs = new List<string>();
        var current = new List<string>();
        for (; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                if (current.Count > 0) { paragraphs.Add(string.Join("\n", current)); current.Clear(); }
            }
            else current.Add(lines[i]);
        }
        if (current.Count > 0) paragraphs.Add(string.Join("\n", current));
        return new Article(source) { Title = title, Paragraphs = paragraphs };
    }
}
